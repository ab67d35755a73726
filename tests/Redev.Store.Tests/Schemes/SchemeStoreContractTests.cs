using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;
using Redev.Store.Schemes;
using Redev.Store.Tests.Support;

namespace Redev.Store.Tests.Schemes;

/// <summary>The same contract, run on SQLite and on a real PostgreSQL.</summary>
public class SchemeStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static BuildingRegister Register() => RegisterCsv.Parse("r.csv", """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use
        G/F Shop,40,700,Golden Harvest Ltd,1,15000000,Hang Seng Bank,shop
        1/F A,30,450.5,陳大文,1,4000000.01,,residential
        1/F B,30,450,HO Chi Keung,1/3,4000000,,residential
        1/F B,30,450,HO Mei Kuen,2/3,4000000,HSBC,residential
        Roof,5,,,,,,common
        """).Register!;

    private static Scheme NewScheme(string id = "tkt-88") => new(SchemeId.Parse(id), "88 Test Street", new LotFacts(1962), Now);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_scheme_reads_back_exactly_as_it_was_saved(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);
        var scheme = NewScheme();
        await store.Schemes.CreateAsync(scheme);
        var v = scheme.Version;
        Assert.Null(scheme.ImportRegister(Register()));
        Assert.Null(scheme.SetTerms(AllocationTerms.Equity(Cents.FromDollars(60_000_000), Cents.FromDollars(50_000_000), Cents.FromDollars(10), WeightBasis.Shares, out _)!));
        Assert.Null(scheme.AddConsent("陳大文", Now));
        Assert.Null(scheme.AddConsent("Golden Harvest Ltd", Now));
        Assert.Null(scheme.Advance(SchemeState.Enrolling, Now, ThresholdTable.Cap545, new DateOnly(2027, 3, 1)));
        await store.Schemes.SaveAsync(scheme, v);

        var back = await store.Schemes.GetAsync(scheme.Id);

        Assert.NotNull(back);
        Assert.Equal(SchemeState.Enrolling, back.State);
        Assert.Equal(scheme.Version, back.Version);
        Assert.Equal(new DateOnly(2027, 3, 1), back.EnrolmentDeadline);
        Assert.Equal(scheme.Register!.Entries, back.Register!.Entries);
        Assert.Equal(scheme.Consents.OrderBy(c => c.Owner), back.Consents.OrderBy(c => c.Owner));
        Assert.Equal(scheme.AppliedThresholds, back.AppliedThresholds);
        Assert.Equal(scheme.History, back.History);
        Assert.Equal(scheme.Terms, back.Terms);
        Assert.Equal(new Cents(400_000_001), back.Register.Flats.Single(f => f.Designation == "1/F A").AppraisedValue);
        Assert.Equal(450.5m, back.Register.Flats.Single(f => f.Designation == "1/F A").SaleableAreaSqft);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Creating_a_scheme_with_a_taken_id_is_refused(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);
        await store.Schemes.CreateAsync(NewScheme());
        await Assert.ThrowsAsync<DuplicateSchemeException>(() => store.Schemes.CreateAsync(NewScheme()));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Saving_over_a_newer_version_is_refused_and_changes_nothing(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);
        await store.Schemes.CreateAsync(NewScheme());
        var first = (await store.Schemes.GetAsync(SchemeId.Parse("tkt-88")))!;
        var second = (await store.Schemes.GetAsync(SchemeId.Parse("tkt-88")))!;
        var v = first.Version;
        first.ImportRegister(Register());
        await store.Schemes.SaveAsync(first, v);
        var before = await Snapshot.TakeAsync(store.Database);

        second.ImportRegister(Register());
        second.AddConsent("陳大文", Now);
        await Assert.ThrowsAsync<ConcurrentChangeException>(() => store.Schemes.SaveAsync(second, v));

        Assert.Equal(before, await Snapshot.TakeAsync(store.Database));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_list_counts_flats_owners_and_consents(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);
        var s = NewScheme("b-scheme");
        await store.Schemes.CreateAsync(s);
        var v = s.Version;
        s.ImportRegister(Register());
        s.AddConsent("HO Chi Keung", Now);
        await store.Schemes.SaveAsync(s, v);
        await store.Schemes.CreateAsync(NewScheme("a-scheme"));

        var list = await store.Schemes.ListAsync();

        Assert.Equal(["a-scheme", "b-scheme"], list.Select(x => x.Id.Value));
        Assert.Equal((3, 4, 1), (list[1].Flats, list[1].Owners, list[1].Consents));
        Assert.Equal((0, 0, 0), (list[0].Flats, list[0].Owners, list[0].Consents));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Opening_a_store_twice_applies_migrations_once(StoreKind kind)
    {
        var location = await TestStores.FreshAsync(kind);
        await using (var first = await RedevStore.OpenAsync(location))
        {
            await first.Schemes.CreateAsync(NewScheme());
        }
        await using var second = await RedevStore.OpenAsync(location);
        Assert.NotNull(await second.Schemes.GetAsync(SchemeId.Parse("tkt-88")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_missing_scheme_reads_as_null(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);
        Assert.Null(await store.Schemes.GetAsync(SchemeId.Parse("nope")));
    }
}
