namespace Redev.Web.Cycle;

/// <summary>The latest month's stage (null when the data cannot tell) and verdict, the series missing for a full reading, and the stale ones.</summary>
public sealed record CycleCurrent(int? Stage, string Verdict, IReadOnlyList<string> Missing, IReadOnlyList<CycleStaleSeries> Stale);
