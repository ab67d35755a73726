namespace Redev.Cycle;

/// <summary>
/// One downturn-to-recovery episode, dated retrospectively (on all the data), ending at a national
/// price trough.
/// </summary>
/// <param name="VolumeTrough">The lowest volume trough after the previous price peak and up to the price trough.</param>
/// <param name="InventoryPeak">The highest months'-supply peak in the same span.</param>
/// <param name="OrderHeld">Rule 1: volume trough, then inventory peak (same month allowed: months' supply is stock ÷ sales, so it often peaks when sales bottom), then price trough; null when the market lacks a volume or inventory series (not evaluable, not failed).</param>
/// <param name="CoreLeadMonths">Rule 2: for each core series, months by which its trough led the national one (negative: it lagged).</param>
/// <param name="CoreRetests">Later, higher lows of a core series in the same episode.</param>
public sealed record Episode(
    YearMonth? PreviousPricePeak,
    YearMonth? VolumeTrough,
    YearMonth? InventoryPeak,
    YearMonth PriceTrough,
    bool? OrderHeld,
    int? YieldGapBpAtPriceTrough,
    IReadOnlyDictionary<string, YearMonth> CoreTroughs,
    IReadOnlyDictionary<string, int> CoreLeadMonths,
    IReadOnlyDictionary<string, IReadOnlyList<YearMonth>> CoreRetests,
    bool? GrowthImproving);
