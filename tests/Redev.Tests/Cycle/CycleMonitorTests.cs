using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class CycleMonitorTests
{
    private static readonly YearMonth S = Synthetic.Start;

    // Price peaks at month 40 and troughs at 100; volume troughs at 70; months' supply peaks at 85;
    // growth troughs at 80: rule 1's order, with money and growth in place by the price trough.
    private static Market Textbook(double inflation = 1.5, IReadOnlyDictionary<string, MarketSeries>? core = null) => new(
        "Textbook",
        Synthetic.Role("volume", Synthetic.Piecewise((0, 50), (30, 80), (70, 40), (180, 90))),
        Synthetic.Role("months' supply", Synthetic.Piecewise((0, 6), (30, 4), (85, 12), (180, 5))),
        Synthetic.Role("price", Synthetic.Piecewise((0, 100), (40, 150), (100, 110), (180, 170))),
        core ?? new Dictionary<string, MarketSeries>(),
        Synthetic.Role("yield", Enumerable.Repeat(3.0, 181).ToArray()),
        Synthetic.Role("core inflation", Enumerable.Repeat(inflation, 181).ToArray()),
        new Dictionary<string, MarketSeries> { ["sentiment"] = Synthetic.Role("sentiment", Synthetic.Piecewise((0, 90), (20, 100), (80, 60), (180, 95))) },
        new CycleParameters());

    [Fact]
    public void The_textbook_episode_holds_rule_one_order_with_easy_money_and_improving_growth()
    {
        var report = CycleMonitor.Evaluate(Textbook());

        var e = Assert.Single(report.Episodes);
        Assert.Equal(S.AddMonths(40), e.PreviousPricePeak);
        Assert.Equal(S.AddMonths(70), e.VolumeTrough);
        Assert.Equal(S.AddMonths(85), e.InventoryPeak);
        Assert.Equal(S.AddMonths(100), e.PriceTrough);
        Assert.True(e.OrderHeld);
        Assert.Equal(150, e.YieldGapBpAtPriceTrough);
        Assert.True(e.GrowthImproving);
    }

    [Fact]
    public void Each_month_moves_from_downturn_through_bottoming_and_stabilising_to_expanding()
    {
        var report = CycleMonitor.Evaluate(Textbook());

        var runs = report.Monthly.Select(m => m.Verdict).Aggregate(new List<CycleVerdict>(), (l, v) => { if (l.Count == 0 || l[^1] != v) { l.Add(v); } return l; });
        Assert.Equal([CycleVerdict.Expanding, CycleVerdict.Downturn, CycleVerdict.Bottoming, CycleVerdict.Stabilising, CycleVerdict.Expanding], runs);
        var downturn = report.Monthly.SkipWhile(m => m.Verdict == CycleVerdict.Expanding).ToList();
        var stages = downturn.TakeWhile(m => m.Verdict != CycleVerdict.Expanding).Select(m => m.Stage).ToList();
        Assert.Equal(stages.Order(), stages);
        Assert.Equal([0, 1, 2, 3], stages.Distinct());
        // No stage is reached before its turning point happened, plus the six months the procedure needs to see it.
        Assert.True(downturn[0].Month >= S.AddMonths(40 + 6));
        Assert.True(downturn.First(m => m.Stage == 1).Month >= S.AddMonths(70 + 6));
        Assert.True(downturn.First(m => m.Stage == 2).Month >= S.AddMonths(85 + 6));
        Assert.True(downturn.First(m => m.Stage == 3).Month >= S.AddMonths(100 + 6));
    }

    [Fact]
    public void Money_is_easy_at_exactly_the_limit_and_not_one_basis_point_above()
    {
        var atLimit = CycleMonitor.Evaluate(Textbook(inflation: 1.0));
        var above = CycleMonitor.Evaluate(Textbook(inflation: 0.99));

        var month = S.AddMonths(115);
        var a = atLimit.Monthly.Single(m => m.Month == month);
        var b = above.Monthly.Single(m => m.Month == month);
        Assert.Equal((200, true, CycleVerdict.Stabilising), (a.YieldGapBp!.Value, a.MoneyEasy!.Value, a.Verdict));
        Assert.Equal((201, false, CycleVerdict.Bottoming), (b.YieldGapBp!.Value, b.MoneyEasy!.Value, b.Verdict));
        Assert.Contains("money is not easy: the 10-year yield is 201 bp above core inflation (limit 200 bp)", b.Missing);
    }

    [Fact]
    public void Rules_without_their_series_say_not_evaluable_instead_of_failing()
    {
        var market = Textbook() with { Volume = null, Inventory = null, Yield10y = null, CoreInflation = null, Growth = new Dictionary<string, MarketSeries>() };

        var report = CycleMonitor.Evaluate(market);

        Assert.Equal(
            ["not evaluable: no volume series", "not evaluable: no inventory series", "not evaluable: no corePrices series",
             "not evaluable: no yield10y series", "not evaluable: no coreInflation series", "not evaluable: no growth series"],
            report.Current!.Missing);
        // Falling prices without sales and stock figures: the stage cannot be told, so neither can the verdict.
        var downturn = report.Monthly.Single(m => m.Month == S.AddMonths(80));
        Assert.Contains("not evaluable: no volume series", downturn.Missing);
        Assert.Contains("not evaluable: no inventory series", downturn.Missing);
        Assert.Equal((null, CycleVerdict.CannotTell), (downturn.Stage, downturn.Verdict));
    }

    [Fact]
    public void A_core_series_that_dips_twice_leads_from_its_lowest_point_and_reports_the_higher_low_as_a_retest()
    {
        var core = Synthetic.Role("core", Synthetic.Piecewise((0, 100), (35, 160), (60, 110), (78, 140), (95, 120), (180, 200)));

        var e = Assert.Single(CycleMonitor.Evaluate(Textbook(core: new Dictionary<string, MarketSeries> { ["core"] = core })).Episodes);

        Assert.Equal(S.AddMonths(60), e.CoreTroughs["core"]);
        Assert.Equal(40, e.CoreLeadMonths["core"]);
        Assert.Equal([S.AddMonths(95)], e.CoreRetests["core"]);
    }

    [Fact]
    public void Evaluating_as_of_a_month_equals_evaluating_series_cut_by_hand_at_that_month()
    {
        var market = Textbook() with { Price = Textbook().Price! with { PublicationLagMonths = 2 } };
        foreach (var cut in new[] { 60, 95, 110, 140 })
        {
            var asOf = S.AddMonths(cut);
            MarketSeries Cut(MarketSeries s) => s with
            {
                Series = new TimeSeries(s.Series.Name, s.Series.Start, 1, s.Series.Values.Take(cut + 1 - s.PublicationLagMonths)),
            };
            var byHand = market with
            {
                Volume = Cut(market.Volume!), Inventory = Cut(market.Inventory!), Price = Cut(market.Price!),
                Yield10y = Cut(market.Yield10y!), CoreInflation = Cut(market.CoreInflation!),
                Growth = market.Growth.ToDictionary(kv => kv.Key, kv => Cut(kv.Value)),
            };

            var a = CycleMonitor.Evaluate(market, asOf);
            var b = CycleMonitor.Evaluate(byHand, asOf);

            Assert.Equal(b.Monthly.Select(m => (m.Month, m.Stage, m.YieldGapBp, m.Verdict)), a.Monthly.Select(m => (m.Month, m.Stage, m.YieldGapBp, m.Verdict)));
            Assert.Equal(b.Price!.Retrospective, a.Price!.Retrospective);
            Assert.Equal(b.Episodes.Select(e => e.PriceTrough), a.Episodes.Select(e => e.PriceTrough));
            Assert.Equal(asOf, a.AsOf);
            Assert.All(a.Price.Retrospective, t => Assert.True(t.ConfirmedMonth <= asOf));
        }
    }
}
