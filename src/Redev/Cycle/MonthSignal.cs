namespace Redev.Cycle;

/// <summary>
/// The real-time reading of one month: only data published by the end of that month and turning
/// points the procedure showed then.
/// </summary>
/// <param name="Stage">Rule 1: 0 prices falling with no turn yet; 1 volume troughed; 2 then inventory peaked or fell; 3 then prices troughed.</param>
/// <param name="YieldGapBp">Rule 3: latest 10-year yield minus latest year-on-year core inflation, in basis points; null when not evaluable.</param>
/// <param name="Missing">The necessary conditions not met, and the rules not evaluable for want of a series.</param>
public sealed record MonthSignal(
    YearMonth Month,
    int Stage,
    int? YieldGapBp,
    bool? MoneyEasy,
    bool? GrowthImproving,
    CycleVerdict Verdict,
    IReadOnlyList<string> Missing);
