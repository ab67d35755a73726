using Redev.Allocation;
using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.App.Building;

/// <summary>
/// The building stage of one scheme as everyone may see it: the developer's commitment and the escrow, the
/// milestones, the developer's units, a default if there is one, appraisals awaiting adoption, and NAV.
/// </summary>
/// <param name="DeveloperClaim">What the fund owes the developer in HKD rather than in units (docs/building.md).</param>
/// <param name="DefaultedMilestone">The milestone whose grace ran out uncertified, or null when the developer is not in default.</param>
public sealed record BuildingView(
    SchemeId Scheme, string Name, SchemeState State, AllocationPolicy Policy, int GraceDays,
    Cents Committed, Cents Deposited, Cents Drawn, Cents Escrow,
    long DeveloperUnitsTotal, long DeveloperUnitsIssued, long DeveloperUnitsHeld, Cents DeveloperClaim,
    IReadOnlyList<MilestoneView> Milestones, int? DefaultedMilestone, IReadOnlyList<ScheduleEvent> Events,
    IReadOnlyList<Appraisal> PendingAppraisals, NavView Nav)
{
    public bool HasSchedule => Milestones.Count > 0;
}
