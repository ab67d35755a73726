namespace Redev.Cycle;

/// <summary>One dated row of a series file; a null value is a published "missing" (FRED's <c>.</c>).</summary>
internal sealed record Observation(DateOnly Date, double? Value, int Line);
