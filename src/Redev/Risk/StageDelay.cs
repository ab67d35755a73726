namespace Redev.Risk;

/// <summary>
/// One stage's delay: triangular (three figures a planner can state) or lognormal (skewed, with a
/// cap). A value of either kind converts to this, so a timeline mixes them freely.
/// </summary>
public readonly record struct StageDelay
{
    private StageDelay(TriangularDelay triangular, LognormalDelay? lognormal)
    {
        Triangular = triangular;
        Lognormal = lognormal;
    }

    /// <summary>The triangle, when <see cref="Lognormal"/> is null.</summary>
    public TriangularDelay Triangular { get; }

    /// <summary>The lognormal, or null for a triangular delay.</summary>
    public LognormalDelay? Lognormal { get; }

    public static StageDelay None => FromTriangular(TriangularDelay.None);

    public static StageDelay FromTriangular(TriangularDelay delay) => new(delay, null);

    public static StageDelay FromLognormal(LognormalDelay delay) => new(TriangularDelay.None, delay);

    public static implicit operator StageDelay(TriangularDelay delay) => FromTriangular(delay);

    public static implicit operator StageDelay(LognormalDelay delay) => FromLognormal(delay);

    /// <summary>Whole months of the longest possible delay, the rounding included.</summary>
    public int MaxMonths => (int)Math.Round(Lognormal?.Max ?? Triangular.Max, MidpointRounding.AwayFromZero);
}
