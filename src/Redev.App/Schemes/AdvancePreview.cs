using Redev.Primitives;
using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// What moving a scheme to <see cref="Target"/> would do, worked out on a copy before anything is saved, so a
/// convener confirms an irreversible step knowing its effect (or sees at once why it would be refused).
/// </summary>
/// <param name="WouldRefuse">The guard's refusal if the move were made now; null when it would go through.</param>
/// <param name="ConsentsFrozen">Owners whose consents the move freezes (vesting) or releases (lapsing).</param>
/// <param name="UnitsToIssue">Fund units vesting issues to owners and the hold-out buy-out (the developer's come per milestone).</param>
/// <param name="HoldOuts">Owners who have not consented and are bought out at vesting.</param>
/// <param name="Committed">The developer's committed cost, and <paramref name="Deposited"/> what escrow has received of it.</param>
/// <param name="Milestones">Milestones in the schedule, and <paramref name="Certified"/> how many are certified.</param>
/// <param name="AdoptedValue">The last adopted valuation, for completing.</param>
public sealed record AdvancePreview(
    Scheme Scheme, SchemeState Target, Refusal? WouldRefuse, DateOnly? Deadline,
    int ConsentsFrozen, long UnitsToIssue, int HoldOuts, Cents Committed, Cents Deposited, int Milestones, int Certified, Cents? AdoptedValue)
{
    /// <summary>Steps that cannot be taken back: the page asks to confirm them.</summary>
    public bool Irreversible => Target is not SchemeState.Draft;
}
