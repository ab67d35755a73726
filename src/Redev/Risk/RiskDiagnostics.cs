namespace Redev.Risk;

/// <summary>Checks a test or a reader can make of the simulation itself.</summary>
/// <param name="TerminalLogIndexMean">Mean of ln(index) at the horizon.</param>
/// <param name="TerminalLogIndexVariance">Variance of ln(index) at the horizon.</param>
/// <param name="RegimeOccupancy">Share of all path-months spent in each regime (downturn, stabilising, expansion).</param>
/// <param name="MeanCompletionMonth">Mean completion month, delays included.</param>
public sealed record RiskDiagnostics(double TerminalLogIndexMean, double TerminalLogIndexVariance, IReadOnlyList<double> RegimeOccupancy, double MeanCompletionMonth);
