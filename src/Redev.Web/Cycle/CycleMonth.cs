namespace Redev.Web.Cycle;

/// <summary>One month's stage (0 to 3, null when the data cannot tell) and verdict, from only the data published by then.</summary>
public sealed record CycleMonth(string Month, int? Stage, int? YieldGapBp, bool? MoneyEasy, bool? GrowthImproving, string Verdict, bool? CoreFirst);
