namespace Redev.Risk;

/// <summary>Names of the regimes as scenario files and reports write them.</summary>
public static class MarketRegimes
{
    public static readonly IReadOnlyList<MarketRegime> All = [MarketRegime.Downturn, MarketRegime.Stabilising, MarketRegime.Expansion];

    public static string Name(MarketRegime regime) => regime switch
    {
        MarketRegime.Downturn => "downturn",
        MarketRegime.Stabilising => "stabilising",
        MarketRegime.Expansion => "expansion",
        _ => throw new ArgumentOutOfRangeException(nameof(regime)),
    };

    /// <summary>
    /// The regime the market-cycle monitor's verdict puts the model in (docs/cycle.md): a market that
    /// is bottoming has not turned yet, but neither is it falling freely, so it starts as stabilising.
    /// Null when the monitor cannot tell: a guessed regime would look like a reading of the market.
    /// </summary>
    public static MarketRegime? FromVerdict(Redev.Cycle.CycleVerdict verdict) => verdict switch
    {
        Redev.Cycle.CycleVerdict.CannotTell => null,
        Redev.Cycle.CycleVerdict.Downturn => MarketRegime.Downturn,
        Redev.Cycle.CycleVerdict.Bottoming or Redev.Cycle.CycleVerdict.Stabilising => MarketRegime.Stabilising,
        Redev.Cycle.CycleVerdict.Expanding => MarketRegime.Expansion,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static bool TryParse(string? text, out MarketRegime regime)
    {
        foreach (var r in All)
        {
            if (string.Equals(text, Name(r), StringComparison.Ordinal))
            {
                regime = r;
                return true;
            }
        }
        regime = MarketRegime.Downturn;
        return false;
    }
}
