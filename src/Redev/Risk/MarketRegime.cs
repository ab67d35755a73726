namespace Redev.Risk;

/// <summary>
/// The state of the property market in a month. Three regimes keep the model small enough to
/// explain to an owner, yet let a downturn persist (the very thing a single random walk hides).
/// </summary>
public enum MarketRegime
{
    Downturn = 0,
    Stabilising = 1,
    Expansion = 2,
}

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
