using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>The same rules on the public-domain and attributed series the repo ships (data/markets); these always run.</summary>
public class ShippedMarketTests
{
    [Fact]
    public void The_US_new_home_market_holds_rule_one_order_in_the_2009_episode_with_easy_money()
    {
        var report = CycleMonitor.Evaluate(Markets.Shipped("united-states"));

        // BIS US prices are quarterly: dated to mid-quarter, so one quarter either side is the finest tolerance.
        var e = Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2009, 1) && e.PriceTrough <= YearMonth.Of(2009, 12));
        Assert.True(e.OrderHeld);
        Assert.True(e.VolumeTrough <= e.InventoryPeak && e.InventoryPeak <= e.PriceTrough);
        Assert.InRange(e.YieldGapBpAtPriceTrough!.Value, -200, 200);
    }

    [Fact]
    public void Hong_Kong_prices_troughed_in_2003_and_rules_without_series_are_not_evaluable()
    {
        var report = CycleMonitor.Evaluate(Markets.Shipped("hong-kong"));

        // The RVD index bottomed in mid-2003 (the SARS low); monthly data date it to the month.
        var sars = Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2003, 5) && e.PriceTrough <= YearMonth.Of(2003, 8));
        // Land Registry volumes begin in 2015: the 2003 order is not evaluable, not failed.
        Assert.Null(sars.OrderHeld);
        Assert.All(report.Monthly.Where(m => m.Month < YearMonth.Of(2015, 1)), m => Assert.Null(m.Stage));
        Assert.DoesNotContain(report.Monthly, m => m.Month < YearMonth.Of(2015, 1) && m.Verdict is CycleVerdict.Stabilising or CycleVerdict.Bottoming or CycleVerdict.Downturn);
        Assert.Contains("not evaluable: no yield10y series", report.Current!.Missing);
        Assert.All(report.Monthly, m => Assert.Null(m.YieldGapBp));
    }

    [Fact]
    public void Japan_has_its_spread_from_the_JGB_yield_and_CPI_and_a_price_trough_around_2012()
    {
        var report = CycleMonitor.Evaluate(Markets.Shipped("japan"));

        // Japanese residential prices turned up with the 2012–13 easing; one quarter either side of 2012Q4.
        var e = Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2012, 8) && e.PriceTrough <= YearMonth.Of(2013, 2));
        Assert.True(e.YieldGapBpAtPriceTrough <= 200);
        Assert.Contains(report.Monthly, m => m.YieldGapBp is not null);
    }

    [Fact]
    public void As_of_2010_06_the_US_verdict_uses_no_later_data()
    {
        var asOf = YearMonth.Of(2010, 6);
        var full = Markets.Shipped("united-states");

        var report = CycleMonitor.Evaluate(full, asOf);

        Assert.Equal(asOf, report.AsOf);
        Assert.Equal(asOf, report.Monthly[^1].Month);
        foreach (var s in new[] { report.Volume!, report.Inventory!, report.Price! })
        {
            Assert.True(s.KnownThrough <= asOf);
            Assert.All(s.Retrospective, t => Assert.True(t.ConfirmedMonth <= asOf));
        }
    }
}
