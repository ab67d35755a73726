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
