namespace Redev.App;

/// <summary>How the application layer runs in one process.</summary>
/// <param name="MarketsFolder">Where the shipped market files are (data/markets), or null for none.</param>
/// <param name="RiskMarketFile">A market file whose current verdict sets the risk model's starting regime, or null for the default.</param>
public sealed record AppOptions(string? MarketsFolder = null, string? RiskMarketFile = null);
