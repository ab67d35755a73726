namespace Redev.Risk;

/// <summary>Percentiles (5, 25, 50, 75, 95) of the price index and of NAV per unit at a month.</summary>
public sealed record FanPoint(int Month, IReadOnlyList<double> Index, IReadOnlyList<double> NavPerUnit);
