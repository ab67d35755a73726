namespace Redev.Cycle;

/// <summary>
/// The series of one market by role. Any role may be absent; the rules that need it then report
/// "not evaluable" instead of failing, so a market with only prices (Hong Kong) is still monitored.
/// </summary>
/// <param name="Inventory">Months' supply (already, or derived from a stock and the volume series).</param>
/// <param name="CoreInflation">Year-on-year core inflation in percent (already, or derived from an index).</param>
public sealed record Market(
    string Name,
    MarketSeries? Volume,
    MarketSeries? Inventory,
    MarketSeries? Price,
    IReadOnlyDictionary<string, MarketSeries> CorePrices,
    MarketSeries? Yield10y,
    MarketSeries? CoreInflation,
    IReadOnlyDictionary<string, MarketSeries> Growth,
    CycleParameters Parameters)
{
    /// <summary>
    /// True when <see cref="Inventory"/> is months' supply derived from a stock and <see cref="Volume"/>: its
    /// peak then moves with the volume trough by construction and does not confirm it independently.
    /// </summary>
    public bool InventoryFromVolume { get; init; }

    /// <summary>The market as it was known in <paramref name="asOf"/>: every series cut to what was published by then.</summary>
    public Market KnownAt(YearMonth asOf) => this with
    {
        Volume = Volume?.KnownAt(asOf),
        Inventory = Inventory?.KnownAt(asOf),
        Price = Price?.KnownAt(asOf),
        CorePrices = CorePrices.ToDictionary(kv => kv.Key, kv => kv.Value.KnownAt(asOf)),
        Yield10y = Yield10y?.KnownAt(asOf),
        CoreInflation = CoreInflation?.KnownAt(asOf),
        Growth = Growth.ToDictionary(kv => kv.Key, kv => kv.Value.KnownAt(asOf)),
    };

    public IEnumerable<MarketSeries> AllSeries() =>
        new[] { Volume, Inventory, Price, Yield10y, CoreInflation }.OfType<MarketSeries>()
            .Concat(CorePrices.Values).Concat(Growth.Values);
}
