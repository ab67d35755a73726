using Redev.Schemes;

namespace Redev.Risk;

/// <summary>
/// The months left to vesting, demolition and completion of a stored scheme, from where it is in
/// its lifecycle and the <see cref="RiskDefaults"/> durations. Stages already passed take no delay.
/// </summary>
public static class SchemeTimeline
{
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>The timeline from <paramref name="now"/>, or null once construction is over or the scheme has ended.</summary>
    public static Timeline? For(Scheme scheme, RiskDefaults defaults, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(defaults);
        var build = defaults.ConstructionMonths;
        switch (scheme.State)
        {
            case SchemeState.Draft:
            case SchemeState.Enrolling:
                var vesting = scheme.State == SchemeState.Draft
                    ? defaults.DraftMonthsToVesting
                    : scheme.EnrolmentDeadline is { } deadline
                        ? MonthsUntil(deadline, Scheme.HongKongDate(now)) + defaults.VestingAfterDeadlineMonths
                        : 12;
                vesting = Math.Max(1, vesting);
                var demolition = vesting + defaults.DemolitionAfterVestingMonths;
                return new Timeline(vesting, demolition, demolition + build, defaults.VestingDelay, defaults.DemolitionDelay, defaults.CompletionDelay);
            case SchemeState.Vested:
                var toDemolition = Math.Max(0, defaults.DemolitionAfterVestingMonths - MonthsSince(scheme, SchemeState.Vested, now));
                return new Timeline(0, toDemolition, toDemolition + build, StageDelay.None, defaults.DemolitionDelay, defaults.CompletionDelay);
            case SchemeState.Building:
                var left = Math.Max(1, build - MonthsSince(scheme, SchemeState.Building, now));
                return new Timeline(0, 0, left, StageDelay.None, StageDelay.None, defaults.CompletionDelay);
            default:
                return null;
        }
    }

    private static int MonthsUntil(DateOnly date, DateOnly today) =>
        Math.Max(0, (int)Math.Ceiling((date.DayNumber - today.DayNumber) / DaysPerMonth));

    /// <summary>Whole months since the scheme entered <paramref name="state"/> (0 if the history does not say).</summary>
    private static int MonthsSince(Scheme scheme, SchemeState state, DateTimeOffset now)
    {
        var entered = scheme.History.LastOrDefault(e => e.To == state)?.At;
        return entered is { } at ? Math.Max(0, (int)Math.Floor((now - at).TotalDays / DaysPerMonth)) : 0;
    }
}
