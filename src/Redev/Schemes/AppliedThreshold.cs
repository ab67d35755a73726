namespace Redev.Schemes;

/// <summary>The threshold that applied to one lot, recorded on the scheme so it never changes later.</summary>
public sealed record AppliedThreshold(string Lot, string Version, string ClassId, string ClassDescription, int ThresholdPercent, string Source, int AgeYears);
