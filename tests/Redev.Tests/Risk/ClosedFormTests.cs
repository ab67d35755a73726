using Redev.Allocation;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>With every volatility, overrun, delay and failure set to zero, each path is the same and has a closed form.</summary>
public class ClosedFormTests
{
    private const double Index = 1.3247847587288655; // exp(36 × 2^-7), written out so the test does not share the engine's maths
    private const double MonthlyFinance = 0.06 / 12;
    private const double Growth36 = 1.061783514959642; // (1 + 0.02/12)^36

    /// <summary>Cost drawn evenly over 24 construction months, each draw compounding monthly to completion.</summary>
    private static double Finance(double cost)
    {
        var sum = 0.0;
        for (var k = 1; k <= 24; k++)
        {
            sum += cost / 24 * (Math.Pow(1 + MonthlyFinance, k) - 1);
        }
        return sum;
    }

    [Fact]
    public void The_constants_of_this_test_are_what_they_claim()
    {
        Assert.Equal(Index, Math.Exp(36 * RiskScenarios.Drift), 15);
        Assert.Equal(Growth36, Math.Pow(1 + 0.02 / 12, 36), 15);
    }

    [Fact]
    public void Under_equity_every_owner_percentile_mean_and_shortfall_equal_the_closed_form_to_the_cent()
    {
        var model = RiskScenarios.Model(RiskScenarios.Certain());
        var report = RiskEngine.Run(model, 10_000, 7);

        // NAV = post value × index, no finance: the developer's 9m is its capital, paid for by its units, and
        // nothing is borrowed without an overrun; shared over all 2,000,000 units (1.1m owners', 0.9m developer's).
        var nav = 25_000_000 * Index;
        Assert.Equal(2_000_000, model.Allocation.TotalUnits.Value);
        foreach (var (owner, units) in new[] { ("A", 330_000L), ("B", 110_000L), ("C", 110_000L), ("D", 550_000L) })
        {
            var risk = report.For(owner)!;
            Assert.Equal(units, risk.Units);
            var expected = RiskScenarios.ToCents(units * nav / 2_000_000);
            var s = risk.Outcome!;
            Assert.All(new[] { s.P5, s.P25, s.P50, s.P75, s.P95, s.Mean, s.ExpectedShortfall5 }, c => Assert.Equal(expected, c.Value));
        }
        Assert.Equal(RiskScenarios.ToCents(900_000 * nav / 2_000_000), report.Developer.Outcome.P50.Value);
        Assert.Equal(RiskScenarios.ToCents(nav), report.Fund.Outcome.Mean.Value);
        Assert.Equal(10_000, report.Succeeded);
    }

    [Fact]
    public void Under_equity_only_the_overrun_the_fund_borrows_is_financed_never_the_developers_own_capital()
    {
        // A certain 20% overrun: the fund borrows 1.8m over the 9m the developer brings, and pays interest on that alone.
        var scenario = RiskScenarios.Certain() with { Overrun = new CostOverrun(1.2, 0) };
        var report = RiskEngine.Run(RiskScenarios.Model(scenario), 2_000, 7);

        var nav = 25_000_000 * Index - 1_800_000 - Finance(1_800_000);
        Assert.Equal(RiskScenarios.ToCents(330_000 * nav / 2_000_000), report.For("A")!.Outcome!.P50.Value);
        Assert.Equal(RiskScenarios.ToCents(nav), report.Fund.Outcome.Mean.Value);
    }

    [Fact]
    public void Under_cost_in_kind_the_developer_takes_its_burden_and_finance_first_and_owners_share_the_rest()
    {
        var model = RiskScenarios.Model(RiskScenarios.Certain(AllocationPolicy.CostInKind));
        var report = RiskEngine.Run(model, 5_000, 7);

        // Owners' units: (25m − 12m) × weight / 10 = 1,300,000 in all; the burden grows by the finance on the 9m construction cost.
        var burden = 12_000_000 + Finance(9_000_000);
        var pool = 25_000_000 * Index - burden;
        Assert.Equal(1_300_000, model.OwnerSideUnits);
        var a = report.For("A")!;
        Assert.Equal(390_000, a.Units);
        Assert.Equal(RiskScenarios.ToCents(390_000 * pool / 1_300_000), a.Outcome!.P50.Value);
        Assert.Equal(RiskScenarios.ToCents(390_000 * pool / 1_300_000), a.Outcome.P95.Value);
        Assert.Equal(RiskScenarios.ToCents(burden), report.Developer.Outcome.P5.Value);
    }

    [Fact]
    public void Cash_alternatives_grow_at_the_deposit_rate_and_set_the_probability_of_ending_below_them()
    {
        var report = RiskEngine.Run(RiskScenarios.Model(RiskScenarios.Certain()), 2_000, 3);
        var a = report.For("A")!;
        Assert.Equal(300_000_000, a.MarketValue.Value);
        Assert.Equal(600_000_000, a.AcquisitionOffer.Value); // residential: twice the market value
        Assert.Equal(RiskScenarios.ToCents(3_000_000 * Growth36), a.SaleGrown.Value);
        Assert.Equal(RiskScenarios.ToCents(6_000_000 * Growth36), a.OfferGrown.Value);
        var outcome = 330_000 * (25_000_000 * Index) / 2_000_000;
        Assert.Equal(outcome < 3_000_000 * Growth36 ? 1.0 : 0.0, a.ProbabilityBelowSale);
        Assert.Equal(1.0, a.ProbabilityBelowOffer);

        var d = report.For("D")!;
        Assert.Equal(d.MarketValue.Value * 11 / 10, d.AcquisitionOffer.Value); // a shop: market value plus a business allowance of 10%
    }

    [Fact]
    public void When_most_owners_each_have_a_median_below_their_own_offer_the_report_says_so_first_whatever_their_combined_median()
    {
        // NAV 33.1m, 16.56 a unit: A (5.5m against 6.4m), B and C (1.8m each against 2.1m) end below their own
        // offers; the shop D (9.1m against 7.0m) is far above, and lifts the owners together above their
        // combined offers. Three owners of four are below: the warning stands.
        var report = RiskEngine.Run(RiskScenarios.Model(RiskScenarios.Certain()), 2_000, 3);
        Assert.True(report.OwnersTogether.Outcome!.P50 > report.OwnersTogether.OfferGrown);
        Assert.Equal(3, report.OwnersMedianBelowOffer);
        Assert.NotNull(report.Warning);
        Assert.StartsWith("WARNING: 3 of 4 consenting owners end, in their median future, with less than their own", report.Warning, StringComparison.Ordinal);

        // Post value 14m: every owner below; the owners together below too.
        var poor = RiskScenarios.Certain() with { PostValue = Redev.Primitives.Cents.FromDollars(14_000_000) };
        Assert.Equal(4, RiskEngine.Run(RiskScenarios.Model(poor), 2_000, 3).OwnersMedianBelowOffer);

        var rich = RiskScenarios.Certain() with { PostValue = Redev.Primitives.Cents.FromDollars(80_000_000) };
        Assert.Null(RiskEngine.Run(RiskScenarios.Model(rich), 2_000, 3).Warning);
    }

    [Fact]
    public void A_scheme_that_always_fails_before_vesting_leaves_owners_with_their_flats_at_the_index()
    {
        var scenario = RiskScenarios.Certain() with { FailureBeforeVesting = 1 };
        var report = RiskEngine.Run(RiskScenarios.Model(scenario), 3_000, 5);

        Assert.Equal(3_000, report.FailedBeforeVesting);
        Assert.Equal(0, report.Succeeded);
        var a = report.For("A")!;
        Assert.Equal(RiskScenarios.ToCents(3_000_000 * Index), a.Outcome!.P50.Value);
        Assert.Equal(RiskScenarios.ToCents(9_000_000 * Growth36), report.Developer.Outcome.P50.Value); // it keeps its money
        Assert.Equal(0.0, report.Developer.ProbabilityBelowAlternative);
    }

    [Fact]
    public void A_hold_out_is_bought_out_at_the_premium_and_the_premium_is_a_cost_of_the_fund()
    {
        var scenario = RiskScenarios.Certain() with { HoldOuts = ["D"], HoldOutPremium = 0.25 };
        var model = RiskScenarios.Model(scenario);
        var report = RiskEngine.Run(model, 2_000, 5);

        Assert.True(report.For("D")!.HoldOut);
        Assert.Null(report.For("D")!.Outcome);
        // Buyers pay 550,000 units × HK$10 = 5.5m; D is paid 6m × 1.25 = 7.5m; the 2m difference is charged to the fund.
        var nav = 25_000_000 * Index - (7_500_000 - 5_500_000);
        Assert.Equal(RiskScenarios.ToCents(330_000 * nav / 2_000_000), report.For("A")!.Outcome!.P50.Value);
    }
}
