namespace Redev.Cycle;

/// <summary>
/// A series that stopped reaching the monitor: its latest value known in the month read is for
/// <see cref="LastMonth"/>, older than its publication lag plus <see cref="CycleMonitor.MaxStaleMonths"/>.
/// Named so that a rule going quiet is seen as a data problem, not read as a market signal.
/// </summary>
/// <param name="Series">The role, or "role: name" for a named core or growth series (e.g. "yield10y", "corePrices: Boston").</param>
/// <param name="LastMonth">The last month the series' latest known value covers.</param>
public sealed record StaleSeries(string Series, YearMonth LastMonth)
{
    /// <summary>The sentence in the month's missing list (docs/cycle.md).</summary>
    public override string ToString() => $"stale: {Series} has no value after {LastMonth}";
}
