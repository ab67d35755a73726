namespace Redev.Cycle;

/// <summary>
/// The real-time reading of one month: only data published by the end of that month and turning
/// points the procedure showed then.
/// </summary>
/// <param name="Stage">Rule 1: 0 prices falling with no turn yet; 1 volume troughed; 2 then inventory peaked or fell; 3 then prices troughed. Null when rule 1 cannot be told: the market lacks a volume, inventory or price series, and a price trough alone says nothing about the order.</param>
/// <param name="YieldGapBp">Rule 3: latest 10-year yield minus latest year-on-year core inflation, in basis points; null when not evaluable or stale.</param>
/// <param name="CoreFirst">Rule 2: every core series showed a trough no later than the national one (or, before the national trough, already); null without core series.</param>
/// <param name="Missing">The necessary conditions not met, the rules not evaluable for want of a series, and the series gone stale.</param>
/// <param name="Stale">The series whose latest value known this month is older than its publication lag plus <see cref="CycleMonitor.MaxStaleMonths"/>.</param>
public sealed record MonthSignal(
    YearMonth Month,
    int? Stage,
    int? YieldGapBp,
    bool? MoneyEasy,
    bool? GrowthImproving,
    bool? CoreFirst,
    CycleVerdict Verdict,
    IReadOnlyList<string> Missing,
    IReadOnlyList<StaleSeries> Stale);
