namespace Redev.App;

/// <summary>How the application layer runs in one process.</summary>
/// <param name="MarketsFolder">Where the shipped market files are (data/markets), or null for none.</param>
/// <param name="RiskMarketFile">A market file whose current verdict sets the risk model's starting regime, or null for the default.</param>
/// <param name="SevenYearOldFlatPerSqft">The locality's price per square foot of a seven-year-old flat, for owners' URA-style offers (docs/risk.md), or null to estimate it.</param>
public sealed record AppOptions(string? MarketsFolder = null, string? RiskMarketFile = null, Redev.Primitives.Cents? SevenYearOldFlatPerSqft = null);
