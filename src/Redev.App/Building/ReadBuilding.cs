using Redev.Building;
using Redev.Primitives;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The building stage and NAV of a scheme, for every signed-in role: they are the fund's aggregates, which
/// owners are entitled to see before and after they sign, and name no owner.
/// </summary>
public sealed class ReadBuilding(RedevStore store, TimeProvider clock)
{
    public async Task<Result<BuildingView>> RunAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } found)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var facts = await BuildingFacts.LoadAsync(store, found, clock.GetUtcNow(), ct);
        var schedule = facts.Schedule;
        var standings = schedule is null ? [] : ScheduleReview.Standings(schedule, facts.CertifiedOn, facts.Today);
        var milestones = schedule is null
            ? []
            : schedule.Milestones.Select((m, i) => new MilestoneView(i + 1, m.Name, m.ShareBasisPoints, m.SharePercent, m.TargetDate, standings[i],
                new Cents(schedule.Piece(facts.Committed.Value, i + 1)), schedule.Piece(facts.DeveloperUnitsTotal, i + 1),
                facts.Certifications.FirstOrDefault(c => c.Number == i + 1))).ToArray();
        var adoptedDates = facts.Valuations.Select(v => v.ValuedOn).ToHashSet();
        var pending = (await store.Building.AppraisalsAsync(found.Id, ct)).Where(a => !adoptedDates.Contains(a.ValuedOn)).ToArray();
        var nav = new NavView(found.Id.Value, found.Terms?.IssuePrice ?? Cents.Zero, facts.CurrentNav, facts.LastValuation?.ValuedOn, facts.Valuations);
        return Result<BuildingView>.Done(new BuildingView(found.Id, found.Name, found.State, facts.Policy, schedule?.GraceDays ?? 0,
            facts.Committed, facts.Deposited, facts.Drawn, facts.Escrow,
            facts.DeveloperUnitsTotal, facts.DeveloperUnitsIssued, facts.DeveloperUnitsHeld, facts.Liabilities,
            milestones, facts.DefaultedMilestone, facts.Events, pending, nav));
    }
}
