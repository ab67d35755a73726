using Redev.App.Tests.Support;
using Redev.Holders;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Holders;

/// <summary>Holders are identities the notary links; register text never becomes anyone's by matching a sign-in name.</summary>
public class HolderIdentityTests
{
    private const string RegisterWithInvestor = """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use
        1/F Flat A,50,400,investor,1,4000000,,residential
        1/F Flat B,50,400,developer,1,4000000,,residential
        """;

    private static async Task<string> VestedAsync(TestApp t, string id, string register)
    {
        TestApp.Ok(await t.App.CreateScheme.RunAsync(TestApp.Convener, new(id, "Building " + id, 1962)));
        TestApp.Ok(await t.App.ImportRegister.RunAsync(TestApp.Convener, Redev.App.Schemes.ImportRegisterCommand.FromText(id, "register.csv", register)));
        TestApp.Ok(await t.App.SetTerms.RunAsync(TestApp.Convener, new(id, new Redev.App.Allocation.TermsText("equity", "10", "shares", "8000000", "8000000", Milestones: TestApp.Schedule))));
        await t.VestAsync(id, new HashSet<string>());
        return id;
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_register_owner_named_like_a_sign_in_is_not_that_sign_ins(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await VestedAsync(t, "named-" + kind.ToString().ToLowerInvariant(), RegisterWithInvestor);
        var investor = await t.HolderAsync("investor", Role.Investor, "h-investor");
        var developer = new Caller("developer", Role.Developer);

        var investorSees = TestApp.Ok(await t.App.Holdings.RunAsync(investor, null));
        var developerSees = TestApp.Ok(await t.App.Holdings.RunAsync(developer, null));
        var propose = await t.App.ProposeTransfer.RunAsync(investor, new(null, id, "investor", "developer", 1, null));

        Assert.DoesNotContain(investorSees, h => h.Holder == "investor");
        Assert.DoesNotContain(developerSees, h => h.Holder == "developer");
        Assert.Equal("not-your-holding", propose.Refusal?.Code);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Asking_for_a_holder_by_name_shows_only_the_schemes_where_the_caller_is_linked_to_it(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var suffix = kind.ToString().ToLowerInvariant();
        var mine = await t.DraftAsync("mine-" + suffix);
        var other = await t.DraftAsync("other-" + suffix);
        await t.VestAsync(mine, DemoData.HoldOuts);
        await t.VestAsync(other, DemoData.HoldOuts);
        var chan = await t.HolderAsync("chan", Role.Owner, "h-chan");
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(mine, "CHAN Tai Man", "h-chan", "hkid")));

        var seen = TestApp.Ok(await t.App.Holdings.RunAsync(chan, "CHAN Tai Man"));

        Assert.Equal([mine], seen.Select(h => h.Scheme).ToArray());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_link_records_the_document_type_and_when_it_was_checked_never_a_number(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("link-" + kind.ToString().ToLowerInvariant());
        await t.HolderAsync("wong", Role.Owner, "h-wong");

        var badDocument = await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "h-wong", "A123456(7)"));
        var link = TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "h-wong", "passport")));
        var audit = TestApp.Ok(await t.App.Ledger.AuditAsync(TestApp.Convener, id));

        Assert.Equal("bad-document-type", badDocument.Refusal?.Code);
        Assert.Equal(IdentityDocument.Passport, link.Document);
        var detail = Assert.Single(audit).Record.Detail;
        Assert.Contains("\"documentType\":\"passport\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456", detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Only_the_notary_links_owners(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("notary-" + kind.ToString().ToLowerInvariant());
        await t.HolderAsync("wong", Role.Owner, "h-wong");

        var refused = await t.App.LinkOwner.RunAsync(TestApp.Convener, new(id, "WONG Yuk Lan", "h-wong", "hkid"));

        Assert.Equal("forbidden", refused.Refusal?.Code);
        Assert.Empty(TestApp.Ok(await t.App.Holders.LinksAsync(TestApp.Convener, id)));
    }

    [Fact]
    public void Every_kind_of_holder_other_than_a_register_owner_begins_with_an_at_sign()
    {
        Assert.StartsWith("@", LedgerHolders.Developer, StringComparison.Ordinal);
        Assert.StartsWith("@", LedgerHolders.BuyOut, StringComparison.Ordinal);
        Assert.StartsWith("@", HolderId.Parse("investor").LedgerHolder, StringComparison.Ordinal);
        Assert.True(LedgerHolders.IsRegisterOwner("investor"));
        Assert.False(LedgerHolders.IsRegisterOwner(HolderId.Parse("investor").LedgerHolder));
    }
}
