using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>
/// The four rules on the US series of 2000–2020 (docs/brief.md §1: existing-home sales bottomed in
/// July 2010, prices in early 2012). These series may not be shipped; the tests skip, saying so, where
/// ../shared/data is absent.
/// </summary>
public class UsValidationTests
{
    private static Episode Episode2012(CycleReport report) =>
        Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2010, 1) && e.PriceTrough <= YearMonth.Of(2013, 12));

    [Fact]
    public void The_2010_to_2012_episode_bottoms_volume_then_inventory_then_prices_in_early_2012()
    {
        var report = CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared()));

        var e = Episode2012(report);
        // Case-Shiller's SA national index bottomed in February 2012 and the NSA one in March; the
        // procedure may move a flat bottom by up to its 4-month refinement window, hence ±4 months.
        Assert.InRange(e.PriceTrough, YearMonth.Of(2011, 10), YearMonth.Of(2012, 6));
        // Sales fell to 3.3–3.45 million in July 2010 after the tax credit expired; the spike either
        // side is one month wide, so a 3-month tolerance allows for smoothing without admitting 2008–09.
        Assert.InRange(e.VolumeTrough!.Value, YearMonth.Of(2010, 4), YearMonth.Of(2010, 10));
        Assert.True(e.OrderHeld);
        Assert.True(e.VolumeTrough <= e.InventoryPeak && e.InventoryPeak <= e.PriceTrough);
    }

    [Fact]
    public void Money_was_easy_at_the_2012_price_trough()
    {
        var e = Episode2012(CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared())));

        // GS10 was about 2% and core CPI about 2.2% in early 2012: the spread was near zero, well under 200 bp.
        Assert.InRange(e.YieldGapBpAtPriceTrough!.Value, -100, 100);
    }

    [Fact]
    public void The_coastal_metros_troughed_years_before_the_nation()
    {
        var e = Episode2012(CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared())));

        // Boston, Washington and Miami bottomed in spring 2009 and retested higher lows later; "years
        // ahead" is at least 24 months, well clear of any dating error of a few months.
        foreach (var metro in new[] { "Boston", "Washington", "Miami" })
        {
            Assert.True(e.CoreLeadMonths[metro] >= 24, $"{metro} led by {e.CoreLeadMonths[metro]} months");
            Assert.InRange(e.CoreTroughs[metro], YearMonth.Of(2008, 12), YearMonth.Of(2009, 9));
        }
    }

    [Fact]
    public void Growth_expectations_were_improving_at_the_2012_trough()
    {
        var e = Episode2012(CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared())));

        Assert.True(e.GrowthImproving);
    }

    [Fact]
    public void In_real_time_2011_read_as_bottoming_and_the_end_of_2012_as_stabilising()
    {
        var report = CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared()));

        Assert.Equal(CycleVerdict.Bottoming, report.Monthly.Single(m => m.Month == YearMonth.Of(2011, 6)).Verdict);
        var late2012 = report.Monthly.Single(m => m.Month == YearMonth.Of(2012, 12));
        Assert.True(late2012.Verdict == CycleVerdict.Stabilising, string.Join("; ", late2012.Missing));
        Assert.Equal((3, CycleVerdict.Stabilising), (late2012.Stage, late2012.Verdict));
    }

    [Fact]
    public void As_of_2011_the_2012_trough_is_not_yet_known()
    {
        var report = CycleMonitor.Evaluate(Markets.UsValidation(RepoData.RequireShared()), YearMonth.Of(2011, 12));

        Assert.DoesNotContain(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2010, 1));
        Assert.All(report.Price!.Retrospective, t => Assert.True(t.ConfirmedMonth <= YearMonth.Of(2011, 12)));
        Assert.NotEqual(CycleVerdict.Stabilising, report.Current!.Verdict);
    }
}
