namespace Redev.Schemes;

/// <summary>A version of the thresholds, in force between two dates.</summary>
public sealed record ThresholdVersion(
    string Version,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Source,
    IReadOnlyList<ThresholdClass> Classes);
