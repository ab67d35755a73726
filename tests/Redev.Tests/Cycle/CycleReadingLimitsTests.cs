using System.Text.Json;
using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>
/// Issue 14: a reading never claims more than its data show. Rule 1 without its series is "cannot tell",
/// stale series are named, core areas feed the month's verdict, and a derived months' supply says it is
/// not independent of the volume.
/// </summary>
public class CycleReadingLimitsTests
{
    private static readonly YearMonth S = Synthetic.Start;

    // As CycleMonitorTests' textbook: price peak 40, volume trough 70, months' supply peak 85, price trough 100.
    private static Market Textbook(IReadOnlyDictionary<string, MarketSeries>? core = null) => new(
        "Textbook",
        Synthetic.Role("volume", Synthetic.Piecewise((0, 50), (30, 80), (70, 40), (180, 90))),
        Synthetic.Role("months' supply", Synthetic.Piecewise((0, 6), (30, 4), (85, 12), (180, 5))),
        Synthetic.Role("price", Synthetic.Piecewise((0, 100), (40, 150), (100, 110), (180, 170))),
        core ?? new Dictionary<string, MarketSeries>(),
        Synthetic.Role("yield", Enumerable.Repeat(3.0, 181).ToArray()),
        Synthetic.Role("core inflation", Enumerable.Repeat(1.5, 181).ToArray()),
        new Dictionary<string, MarketSeries>(),
        new CycleParameters());

    private static MarketSeries Cut(MarketSeries s, int months) =>
        s with { Series = new TimeSeries(s.Series.Name, s.Series.Start, 1, s.Series.Values.Take(months)) };

    [Fact]
    public void A_price_trough_without_volume_and_inventory_cannot_tell_the_stage_and_never_reads_stabilising()
    {
        var report = CycleMonitor.Evaluate(Textbook() with { Volume = null, Inventory = null });

        var afterTrough = report.Monthly.Single(m => m.Month == S.AddMonths(115));
        Assert.Null(afterTrough.Stage);
        Assert.Equal(CycleVerdict.CannotTell, afterTrough.Verdict);
        Assert.Contains("not evaluable: no volume series", afterTrough.Missing);
        Assert.Contains("not evaluable: no inventory series", afterTrough.Missing);
        Assert.DoesNotContain(report.Monthly, m => m.Verdict is CycleVerdict.Stabilising or CycleVerdict.Bottoming or CycleVerdict.Downturn);
        Assert.Null(Assert.Single(report.Episodes).OrderHeld);

        using var json = JsonDocument.Parse(CycleReportJson.Write(CycleMonitor.Evaluate(Textbook() with { Volume = null, Inventory = null }, S.AddMonths(115))));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("current").GetProperty("stage").ValueKind);
        Assert.Equal("cannot tell", json.RootElement.GetProperty("current").GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("episodes")[0].GetProperty("orderHeld").ValueKind);
    }

    [Fact]
    public void A_price_trough_before_the_volume_trough_is_not_stage_three()
    {
        // Volume keeps falling until month 120, after the price trough at 100: rule 1's order failed.
        var late = Textbook() with { Volume = Synthetic.Role("volume", Synthetic.Piecewise((0, 50), (30, 80), (120, 40), (180, 90))) };

        var m = CycleMonitor.Evaluate(late).Monthly.Single(x => x.Month == S.AddMonths(112));

        Assert.Equal((0, CycleVerdict.Bottoming), (m.Stage, m.Verdict));
        Assert.Contains("volume has not troughed", m.Missing);
    }

    [Fact]
    public void Volume_data_that_begin_after_the_price_peak_cannot_tell_the_stage()
    {
        var market = Textbook();
        var shortVolume = market.Volume! with { Series = new TimeSeries("volume", S.AddMonths(50), 1, market.Volume.Series.Values.Skip(50)) };

        var m = CycleMonitor.Evaluate(market with { Volume = shortVolume }).Monthly.Single(x => x.Month == S.AddMonths(115));

        Assert.Equal((null, CycleVerdict.CannotTell), (m.Stage, m.Verdict));
        Assert.Contains($"cannot tell: volume data begin after {S.AddMonths(40)}", m.Missing);
    }

    [Fact]
    public void A_yield_that_stops_is_named_stale_from_the_month_its_lag_and_limit_run_out()
    {
        // The yield's last value is for month 119; with lag 0 and the 6-month limit it counts until month 125.
        var market = Textbook() with { Yield10y = Cut(Textbook().Yield10y!, 120) };

        var report = CycleMonitor.Evaluate(market);

        var fresh = report.Monthly.Single(m => m.Month == S.AddMonths(125));
        var stale = report.Monthly.Single(m => m.Month == S.AddMonths(126));
        Assert.Empty(fresh.Stale);
        Assert.NotNull(fresh.YieldGapBp);
        Assert.Equal([new StaleSeries("yield10y", S.AddMonths(119))], stale.Stale);
        Assert.Contains($"stale: yield10y has no value after {S.AddMonths(119)}", stale.Missing);
        Assert.Null(stale.YieldGapBp);
    }

    [Fact]
    public void Stale_prices_leave_the_verdict_untold()
    {
        var market = Textbook() with { Price = Cut(Textbook().Price!, 150) };

        var m = CycleMonitor.Evaluate(market).Monthly.Single(x => x.Month == S.AddMonths(170));

        Assert.Equal(CycleVerdict.CannotTell, m.Verdict);
        Assert.Contains(new StaleSeries("price", S.AddMonths(149)), m.Stale);
    }

    [Fact]
    public void The_shipped_US_market_names_its_stale_yield_and_inflation_instead_of_dropping_the_spread()
    {
        var now = CycleMonitor.Evaluate(Markets.Shipped("united-states")).Current!;

        Assert.Contains(now.Stale, s => s.Series == "yield10y");
        Assert.Contains(now.Missing, m => m.StartsWith("stale: yield10y has no value after ", StringComparison.Ordinal));
        Assert.Null(now.YieldGapBp);
    }

    [Fact]
    public void A_core_area_that_troughed_first_lets_the_month_read_stabilising_and_one_that_lagged_does_not()
    {
        MarketSeries Core(int trough) => Synthetic.Role("core", Synthetic.Piecewise((0, 100), (35, 160), (trough, 110), (180, 200)));
        var leading = CycleMonitor.Evaluate(Textbook(new Dictionary<string, MarketSeries> { ["core"] = Core(80) }));
        var lagging = CycleMonitor.Evaluate(Textbook(new Dictionary<string, MarketSeries> { ["core"] = Core(112) }));

        var month = S.AddMonths(122);
        var a = leading.Monthly.Single(m => m.Month == month);
        var b = lagging.Monthly.Single(m => m.Month == month);
        Assert.Equal((true, CycleVerdict.Stabilising), (a.CoreFirst, a.Verdict));
        Assert.Equal((false, CycleVerdict.Bottoming), (b.CoreFirst, b.Verdict));
        Assert.Contains("core prices troughed after the national trough: core", b.Missing);
        // Before the national trough is known, a core trough already shows in the month's reading.
        var before = leading.Monthly.Single(m => m.Month == S.AddMonths(95));
        Assert.True(before.CoreFirst);
    }

    [Fact]
    public void Months_supply_derived_from_the_volume_is_flagged_as_no_independent_confirmation()
    {
        var dir = Path.Combine(Path.GetTempPath(), "markets-" + Guid.NewGuid().ToString("N"));
        var files = new Dictionary<string, string>
        {
            ["v.csv"] = Synthetic.Csv(S, Textbook().Volume!.Series.Values),
            ["i.csv"] = Synthetic.Csv(S, Enumerable.Repeat(300.0, 181)),
            ["p.csv"] = Synthetic.Csv(S, Textbook().Price!.Series.Values),
            ["m.csv"] = Synthetic.Csv(S, Textbook().Inventory!.Series.Values),
        };
        Market Load(string inventory) => MarketFile.Parse(Path.Combine(dir, "m.json"),
            $$"""{ "volume": { "file": "v.csv" }, "inventory": {{inventory}}, "price": { "file": "p.csv" } }""",
            p => files.TryGetValue(Path.GetFileName(p), out var t) ? t : null).Market!;

        var derived = CycleMonitor.Evaluate(Load("""{ "file": "i.csv", "kind": "level" }"""));
        var published = CycleMonitor.Evaluate(Load("""{ "file": "m.csv", "kind": "monthsSupply" }"""));

        Assert.Equal([CycleMonitor.InventoryNotIndependent], derived.Notes);
        Assert.Empty(published.Notes);
        using var json = JsonDocument.Parse(CycleReportJson.Write(derived));
        Assert.Equal(CycleMonitor.InventoryNotIndependent, json.RootElement.GetProperty("notes")[0].GetString());
    }
}
