namespace Redev.Cycle;

/// <summary>
/// Evaluates the four rules for a market: dates every series, builds the retrospective episodes, and
/// reads each month in real time. With an as-of month, every series is first cut to what had been
/// published by then, so nothing later can reach the result.
/// </summary>
public static class CycleMonitor
{
    /// <summary>A reading older than this many months no longer counts as today's money or growth signal.</summary>
    public const int MaxStaleMonths = 6;

    /// <summary>
    /// A verdict whose latest data month is more than this many months before today is flagged as old
    /// by the dashboards: every series the monitor reads is published at least quarterly, so three
    /// months without any new month of data means the files were not refreshed, not that the market is quiet.
    /// </summary>
    public const int VerdictOldMonths = 3;

    /// <summary>The note a report carries when months' supply is stock ÷ the very sales series rule 1 reads.</summary>
    public const string InventoryNotIndependent =
        "months' supply is derived from the volume series, so its peak is not an independent confirmation of the volume trough";

    public static CycleReport Evaluate(Market market, YearMonth? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (asOf is { } cut)
        {
            market = market.KnownAt(cut);
        }
        var p = market.Parameters;
        var volume = Date(market.Volume, p);
        var inventory = Date(market.Inventory, p);
        var price = Date(market.Price, p);
        var core = DateAll(market.CorePrices, p);
        var growth = DateAll(market.Growth, p);
        var gap = YieldGap(market.Yield10y, market.CoreInflation);

        var known = market.AllSeries().Where(s => s.Series.Count > 0).ToList();
        var end = asOf ?? (known.Count == 0 ? YearMonth.Of(2000, 1) : known.Max(s => s.Series.End.AddMonths(s.PublicationLagMonths)));
        var spine = new[] { volume, inventory, price }.OfType<DatedSeries>().ToList();
        var startSet = spine.Count > 0 ? spine : known.Select(s => Date(s, p)!).ToList();
        var months = new List<MonthSignal>();
        if (startSet.Count > 0)
        {
            var start = startSet.Min(s => s.Raw.Start);
            // Before a year of prices there is neither a turning point nor a year-on-year direction to read.
            if (price is not null && price.Raw.Start.AddMonths(12) > start)
            {
                start = price.Raw.Start.AddMonths(12);
            }
            var reader = new MonthReader(market, volume, inventory, price, core, growth, p);
            for (var m = start; m <= end; m = m.AddMonths(1))
            {
                months.Add(reader.Read(m));
            }
        }
        var episodes = Episodes.Find(volume, inventory, price, core, growth, gap);
        return new CycleReport(market.Name, end, volume, inventory, price, core, growth, gap, episodes, months, p)
        {
            Notes = market.InventoryFromVolume && volume is not null && inventory is not null ? [InventoryNotIndependent] : [],
        };
    }

    private static DatedSeries? Date(MarketSeries? s, CycleParameters p) =>
        s is null || s.Series.Count == 0
            ? null
            : RealTimeDating.Run(s.Series, p.DatingFor(s.Series), s.PublicationLagMonths, !s.SeasonallyAdjusted);

    private static Dictionary<string, DatedSeries> DateAll(IReadOnlyDictionary<string, MarketSeries> all, CycleParameters p) =>
        all.Select(kv => (kv.Key, Dated: Date(kv.Value, p)))
            .Where(x => x.Dated is not null)
            .ToDictionary(x => x.Key, x => x.Dated!);

    /// <summary>Rule 3's spread for every month both series cover, in whole basis points.</summary>
    internal static List<(YearMonth Month, int Bp)> YieldGap(MarketSeries? yield, MarketSeries? inflation)
    {
        var result = new List<(YearMonth, int)>();
        if (yield is null || inflation is null || yield.Series.Count == 0 || inflation.Series.Count == 0)
        {
            return result;
        }
        var y = yield.Series.ToMonthly();
        var c = inflation.Series.ToMonthly();
        var start = y.Start > c.Start ? y.Start : c.Start;
        var end = y.End < c.End ? y.End : c.End;
        for (var m = start; m <= end; m = m.AddMonths(1))
        {
            result.Add((m, (int)Math.Round((y.ValueAt(m)!.Value - c.ValueAt(m)!.Value) * 100, MidpointRounding.AwayFromZero)));
        }
        return result;
    }
}
