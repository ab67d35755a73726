namespace Redev.Cycle;

/// <summary>
/// Everything the monitor found for a market: retrospective turning points and episodes (dated with
/// all the data up to <see cref="AsOf"/>) kept apart from the real-time monthly signals.
/// </summary>
public sealed record CycleReport(
    string Market,
    YearMonth AsOf,
    DatedSeries? Volume,
    DatedSeries? Inventory,
    DatedSeries? Price,
    IReadOnlyDictionary<string, DatedSeries> CorePrices,
    IReadOnlyDictionary<string, DatedSeries> Growth,
    IReadOnlyList<(YearMonth Month, int Bp)> YieldGap,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<MonthSignal> Monthly,
    CycleParameters Parameters)
{
    /// <summary>Caveats on how far the rules confirm each other in this market (e.g. <see cref="CycleMonitor.InventoryNotIndependent"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The latest month's reading; what the risk model starts from.</summary>
    public MonthSignal? Current => Monthly.Count > 0 ? Monthly[^1] : null;
}
