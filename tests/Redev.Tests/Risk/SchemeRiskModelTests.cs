using Redev.Allocation;
using Redev.Primitives;
using Redev.Risk;
using Redev.Schemes;
using Redev.Tests.Support;

namespace Redev.Tests.Risk;

/// <summary>A stored scheme plus <see cref="RiskDefaults"/> as the input of a risk run.</summary>
public class SchemeRiskModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    // Four flats, 100 owned shares: A 40 (500 sq ft), B and C half each of 30, D 20, E 10; no appraisals.
    private static Scheme Draft(AllocationTerms? terms = null, string appraised = "")
    {
        var s = new Scheme(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now.AddYears(-1));
        Assert.Null(s.ImportRegister(new RegisterBuilder()
            .Flat("1/F", 40, "A", appraised: appraised, area: 500).Flat("2/F", 30, "B", "1/2", appraised: appraised).Flat("2/F", 30, "C", "1/2", appraised: appraised)
            .Flat("3/F", 20, "D", appraised: appraised).Flat("4/F", 10, "E", appraised: appraised)
            .Common("Roof", 50).Parse()));
        Assert.Null(s.SetTerms(terms ?? Equity()));
        return s;
    }

    private static AllocationTerms Equity() =>
        AllocationTerms.Equity(Cents.FromDollars(10_000_000), Cents.FromDollars(5_000_000), Cents.FromDollars(10), WeightBasis.Shares, out _)!;

    private static SchemeRiskModel Build(Scheme s, RiskDefaults? defaults = null, MarketRegime? start = null)
    {
        var m = SchemeRiskModel.Build(s, defaults ?? RiskDefaults.Standard, Now, start, out var refusal);
        Assert.True(m is not null, refusal?.Message);
        return m!;
    }

    [Fact]
    public void Equity_terms_give_the_site_value_and_cost_and_the_post_value_comes_from_the_stated_default()
    {
        var scenario = Build(Draft()).Model.Scenario;
        Assert.Equal(AllocationPolicy.Equity, scenario.Policy);
        Assert.Equal(Cents.FromDollars(10_000_000), scenario.SiteValue);
        Assert.Equal(Cents.FromDollars(5_000_000), scenario.ConstructionCost);
        Assert.Equal(Cents.FromDollars(16_500_000), scenario.PostValue); // 1.10 × (10,000,000 + 5,000,000)
        Assert.Equal(Cents.FromDollars(10), scenario.IssuePrice);
    }

    [Fact]
    public void Cost_in_kind_terms_give_the_post_value_and_burden_and_construction_is_the_default_share_of_the_burden()
    {
        var terms = AllocationTerms.CostInKind(Cents.FromDollars(30_000_000), Cents.FromDollars(12_000_000), Cents.FromDollars(10), WeightBasis.Shares, out _)!;
        var m = Build(Draft(terms));
        Assert.Equal(Cents.FromDollars(30_000_000), m.Model.Scenario.PostValue);
        Assert.Equal(Cents.FromDollars(12_000_000), m.Model.Scenario.CommonBurden);
        Assert.Equal(Cents.FromDollars(9_600_000), m.Model.Scenario.ConstructionCost);
        Assert.Equal(Cents.FromDollars(18_000_000), m.SiteValueBasis); // post value less burden, shared for the estimates
    }

    [Fact]
    public void Without_appraisals_each_flat_is_estimated_at_its_share_of_the_site_value()
    {
        var m = Build(Draft());
        Assert.Equal((4, 0), (m.EstimatedFlats, m.PerSqftFlats));
        var owners = m.Model.Owners.ToDictionary(o => o.Owner);
        Assert.Equal(Cents.FromDollars(4_000_000), owners["A"].MarketValue); // 40 of 100 shares of 10,000,000
        Assert.Equal(Cents.FromDollars(1_500_000), owners["B"].MarketValue); // half of 30 shares
        Assert.Equal(Cents.FromDollars(3_000_000), owners["B"].AcquisitionOffer); // residential: twice market value
        Assert.Equal(["A", "B", "C", "D", "E"], m.EstimatedOwners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_a_per_square_foot_figure_a_flat_with_an_area_is_valued_by_its_area()
    {
        var m = Build(Draft(), RiskDefaults.Standard with { ValuePerSqft = Cents.FromDollars(12_000) });
        Assert.Equal((4, 4), (m.EstimatedFlats, m.PerSqftFlats));
        Assert.Equal(Cents.FromDollars(6_000_000), m.Model.Owners.Single(o => o.Owner == "A").MarketValue); // 500 sq ft × 12,000
    }

    [Fact]
    public void Appraised_values_in_the_register_are_used_as_they_are()
    {
        var m = Build(Draft(appraised: "2500000.00"));
        Assert.Equal(0, m.EstimatedFlats);
        Assert.Equal(Cents.FromDollars(2_500_000), m.Model.Owners.Single(o => o.Owner == "A").MarketValue);
        Assert.Empty(m.EstimatedOwners);
    }

    [Fact]
    public void Every_owner_counts_as_consenting_and_a_draft_may_still_fail_before_vesting()
    {
        var m = Build(Draft());
        Assert.Empty(m.Model.Scenario.HoldOuts);
        Assert.All(m.Model.Owners, o => Assert.True(o.Units > 0));
        Assert.Equal(RiskDefaults.Standard.FailureBeforeVesting, m.Model.Scenario.FailureBeforeVesting);
        var t = m.Model.Scenario.Timeline;
        Assert.Equal((18, 24, 66), (t.VestingMonths, t.DemolitionMonths, t.CompletionMonths));
        Assert.Equal(MarketRegime.Stabilising, m.Model.Scenario.StartingRegime);
    }

    [Fact]
    public void An_enrolling_scheme_vests_the_stated_months_after_its_deadline()
    {
        var s = Draft();
        Assert.Null(s.AddConsent("A", Now));
        Assert.Null(s.AddConsent("B", Now));
        Assert.Null(s.AddConsent("C", Now));
        Assert.Null(s.Advance(SchemeState.Enrolling, Now, ThresholdTable.Cap545, new DateOnly(2027, 5, 26)));
        var t = Build(s).Model.Scenario.Timeline;
        Assert.Equal(6 + 3, t.VestingMonths); // 181 days is 6 months (rounded up), then 3 months to vest
    }

    [Fact]
    public void A_scheme_being_built_has_only_its_remaining_construction_left_and_cannot_fail_before_vesting()
    {
        var built = Now.AddMonths(-12).AddDays(-3);
        var s = Scheme.Restore(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now.AddYears(-3), SchemeState.Building, 9,
            Draft().Register, Equity(), null, Everyone, [], [new SchemeEvent(built, SchemeState.Vested, SchemeState.Building, "")]);
        var scenario = Build(s).Model.Scenario;
        Assert.Equal((0, 0, 42 - 12), (scenario.Timeline.VestingMonths, scenario.Timeline.DemolitionMonths, scenario.Timeline.CompletionMonths));
        Assert.Null(scenario.Timeline.VestingDelay.Lognormal);
        Assert.Equal(0, scenario.Timeline.VestingDelay.MaxMonths);
        Assert.Equal(0, scenario.FailureBeforeVesting);
    }

    private static readonly Consent[] Everyone = new[] { "A", "B", "C", "D", "E" }.Select(o => new Consent(o, Now.AddYears(-2))).ToArray();

    private static Scheme Vested(IEnumerable<Consent> consents) => Scheme.Restore(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now.AddYears(-2),
        SchemeState.Vested, 9, Draft().Register, Equity(), null, consents, [], [new SchemeEvent(Now.AddMonths(-1), SchemeState.Enrolling, SchemeState.Vested, "")]);

    [Fact]
    public void Once_vested_the_owners_who_never_consented_are_hold_outs_and_buying_their_shares_costs_the_scheme()
    {
        var withHoldOuts = Build(Vested(Everyone.Where(c => c.Owner is "A" or "B" or "C")));
        var scenario = withHoldOuts.Model.Scenario;
        Assert.Equal(["D", "E"], scenario.HoldOuts);
        Assert.Equal(RiskDefaults.Standard.HoldOutPremium, scenario.HoldOutPremium);
        Assert.All(withHoldOuts.Model.Owners.Where(o => o.HoldOut), o => Assert.Equal(0, o.Units));

        // Same paths, same seed: D and E (3m by share of the site value) are bought at 3.6m while their buyers
        // pay 3m for the units, so every consenting owner ends with less than if all had consented.
        var all = RiskEngine.Run(Build(Vested(Everyone)).Model, 4_096, 11);
        var some = RiskEngine.Run(withHoldOuts.Model, 4_096, 11);
        Assert.True(some.For("D")!.HoldOut);
        Assert.Equal(all.For("A")!.Units, some.For("A")!.Units);
        Assert.True(some.For("A")!.Outcome!.Mean < all.For("A")!.Outcome!.Mean);
        Assert.True(some.Fund.Outcome.Mean < all.Fund.Outcome.Mean);
    }

    [Fact]
    public void A_completed_scheme_is_refused_as_having_no_risk_left()
    {
        var s = Scheme.Restore(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now.AddYears(-6), SchemeState.Completed, 9,
            Draft().Register, Equity(), null, [], [], []);
        Assert.Null(SchemeRiskModel.Build(s, RiskDefaults.Standard, Now, null, out var refusal));
        Assert.Equal("no-risk-left", refusal!.Code);
    }

    [Fact]
    public void A_scheme_without_terms_is_refused()
    {
        var s = new Scheme(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now.AddYears(-1));
        Assert.Null(s.ImportRegister(new RegisterBuilder().Flat("1/F", 40, "A").Parse()));
        Assert.Null(SchemeRiskModel.Build(s, RiskDefaults.Standard, Now, null, out var refusal));
        Assert.Equal("no-terms", refusal!.Code);
    }

    [Fact]
    public void The_starting_regime_from_a_market_reading_replaces_the_default()
    {
        Assert.Equal(MarketRegime.Downturn, Build(Draft(), start: MarketRegime.Downturn).Model.Scenario.StartingRegime);
    }

    [Fact]
    public void Any_owners_histogram_can_be_drawn_from_the_report_and_the_focus_owners_is_the_one_charted()
    {
        var model = Build(Draft()).Model;
        var report = RiskEngine.Run(model, 20_000, 7);
        var focus = report.HistogramFor(report.FocusHistogram.Owner)!;
        Assert.Equal(report.FocusHistogram.Shares, focus.Shares);
        Assert.Equal(report.FocusHistogram.Edges, focus.Edges);
        var d = report.HistogramFor("D")!;
        Assert.Equal(report.For("D")!.SaleGrown, d.SaleGrown);
        Assert.InRange(d.Shares.Sum(), 0.98, 1.0);
        Assert.Null(report.HistogramFor("Nobody"));
    }
}
