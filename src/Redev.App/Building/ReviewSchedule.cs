using System.Globalization;
using System.Text.Json;
using Redev.Building;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// Records in the audit trail each delay and default the schedule shows today that is not yet recorded
/// (convener or certifier; certifying runs it first). The verdicts follow from dates alone, so recording
/// them only fixes when they were first seen and makes them part of what the notary's checkpoint signs.
/// </summary>
public sealed class ReviewSchedule(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ScheduleEvent>>> RunAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Is(Role.Convener, Role.Certifier))
        {
            return AppRefusals.Forbidden(caller, "record a scheme's delays");
        }
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } found)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        return Result<IReadOnlyList<ScheduleEvent>>.Done(await RecordAsync(caller, found, ct));
    }

    /// <summary>Records what is new and returns it; nothing outside the building stage.</summary>
    internal async Task<IReadOnlyList<ScheduleEvent>> RecordAsync(Caller caller, Scheme scheme, CancellationToken ct)
    {
        if (scheme.State != SchemeState.Building || scheme.Schedule is not { } schedule)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var facts = await BuildingFacts.LoadAsync(store, scheme, now, ct);
        var recorded = facts.Events.Select(e => (e.Milestone, e.Kind)).ToHashSet();
        var standings = ScheduleReview.Standings(schedule, facts.CertifiedOn, facts.Today);
        var added = new List<ScheduleEvent>();
        for (var i = 0; i < standings.Count; i++)
        {
            var number = i + 1;
            var m = schedule.Milestones[i];
            if (standings[i] is MilestoneStanding.Delayed or MilestoneStanding.Defaulted && !recorded.Contains((number, BuildingActions.MilestoneDelayed)))
            {
                added.Add(await Record(new ScheduleEvent(number, BuildingActions.MilestoneDelayed, now), new { name = m.Name, targetDate = Date(m.TargetDate), seenOn = Date(facts.Today) }));
            }
            if (standings[i] == MilestoneStanding.Defaulted && !facts.Events.Any(e => e.Kind == BuildingActions.DeveloperDefault))
            {
                added.Add(await Record(new ScheduleEvent(number, BuildingActions.DeveloperDefault, now),
                    new { name = m.Name, targetDate = Date(m.TargetDate), graceDays = schedule.GraceDays, defaultOn = Date(ScheduleReview.DefaultDate(schedule, number)) }));
                break;
            }
        }
        if (added.Count > 0)
        {
            await store.Checkpoints.SignAsync(scheme.Id, notary.Key, now, ct);
        }
        return added.Where(e => e is not null).ToArray();

        async Task<ScheduleEvent> Record(ScheduleEvent e, object detail)
        {
            await store.Building.RecordEventAsync(scheme.Id, e, caller.Name, JsonSerializer.Serialize(detail), notary.Key, ct);
            return e;
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
