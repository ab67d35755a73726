namespace Redev.Risk;

/// <summary>
/// A delay in months drawn from a triangular distribution (minimum, most likely, maximum) and
/// rounded to the nearest whole month. Triangular because planners can state the three figures,
/// and bounded so every path fits a fixed simulation horizon.
/// </summary>
public readonly record struct TriangularDelay(double Min, double Mode, double Max)
{
    public static TriangularDelay None => new(0, 0, 0);

    /// <summary>Whole months of the longest possible delay, the rounding included.</summary>
    public int MaxMonths => (int)Math.Round(Max, MidpointRounding.AwayFromZero);
}
