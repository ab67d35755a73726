using Redev.App.Tests.Support;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Building;

/// <summary>Appraisals, the three-appraiser rule and NAV through the use cases.</summary>
public class ValuationTests
{
    private static string Today => Scheme.HongKongDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Appraisals_spread_more_than_20_percent_are_not_adopted_and_need_a_new_round(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("spread-" + kind.ToString().ToLowerInvariant());
        foreach (var (firm, value) in new[] { ("A", "200000000"), ("B", "230000000"), ("C", "250000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, Today, firm, value, TestApp.Hash(firm))));
        }

        var refused = await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, Today));

        // (250 − 200) ÷ 230 = 21.7%: above the 20% allowed.
        Assert.Equal("appraisal-spread", refused.Refusal?.Code);
        Assert.Null(TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id)).Nav.Current);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Nav_is_the_adopted_median_plus_escrow_less_the_developers_claim_over_units_outstanding(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("nav-" + kind.ToString().ToLowerInvariant());
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("c"), "Builder Ltd")));
        var tooFew = await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, Today));
        foreach (var (firm, value) in new[] { ("A", "150000000"), ("B", "160000000"), ("C", "170000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, Today, firm, value, TestApp.Hash(firm))));
        }
        var again = await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, Today, "A", "1", TestApp.Hash("A2")));

        var adopted = TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, Today)));

        Assert.Equal("too-few-appraisals", tooFew.Refusal?.Code);
        Assert.Equal("appraisal-recorded", again.Refusal?.Code);
        var nav = adopted.Nav;
        Assert.Equal(16_000_000_000L, nav.AdoptedValue.Value);
        Assert.Equal(9_000_000_000L, nav.Escrow.Value);
        // Under equity the undrawn HK$90,000,000 is still the developer's: a liability until milestone 2 turns it into units.
        Assert.Equal(9_000_000_000L, nav.Liabilities.Value);
        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(nav.UnitsOutstanding, view.Nav.Current!.UnitsOutstanding);
        Assert.Equal(new Rational(160_000_000, nav.UnitsOutstanding), nav.PerUnit);
        Assert.Equal(Cents.RoundFromDollars(nav.PerUnit), view.Nav.Current.PerUnitCents);
        Assert.Single(view.Nav.History);
        Assert.NotNull(view.Nav.LossPerUnit);
    }
}
