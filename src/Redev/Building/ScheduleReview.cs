namespace Redev.Building;

/// <summary>
/// Reads a schedule against the certifications made and today's Hong Kong date. Delay and default
/// follow from dates alone, so every reader reaches the same verdict whether or not anyone has yet
/// recorded it; the first write that sees one records it in the audit trail.
/// </summary>
public static class ScheduleReview
{
    /// <param name="certifiedOn">The Hong Kong date each certified milestone (1-based number) was certified.</param>
    public static IReadOnlyList<MilestoneStanding> Standings(MilestoneSchedule schedule, IReadOnlyDictionary<int, DateOnly> certifiedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(certifiedOn);
        var result = new MilestoneStanding[schedule.Milestones.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var due = schedule.Milestones[i].TargetDate;
            var lastDay = due.AddDays(schedule.GraceDays);
            result[i] = certifiedOn.TryGetValue(i + 1, out var on)
                ? on <= due ? MilestoneStanding.CertifiedOnTime : MilestoneStanding.CertifiedLate
                : today <= due ? MilestoneStanding.Due
                : today <= lastDay ? MilestoneStanding.Delayed
                : MilestoneStanding.Defaulted;
        }
        return result;
    }

    /// <summary>The first milestone (1-based) whose grace period ran out uncertified, or null: the developer's default.</summary>
    public static int? DefaultedMilestone(MilestoneSchedule schedule, IReadOnlyDictionary<int, DateOnly> certifiedOn, DateOnly today)
    {
        var standings = Standings(schedule, certifiedOn, today);
        var i = Array.IndexOf([.. standings], MilestoneStanding.Defaulted);
        return i < 0 ? null : i + 1;
    }

    /// <summary>The Hong Kong date on which a default on milestone <paramref name="number"/> takes effect (the day after its grace ends).</summary>
    public static DateOnly DefaultDate(MilestoneSchedule schedule, int number)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Milestones[number - 1].TargetDate.AddDays(schedule.GraceDays + 1);
    }
}
