using Redev.Schemes;

namespace Redev.Building;

/// <summary>
/// The guards of the building stage (docs/building.md): building starts only when the developer's whole
/// committed cost is in escrow, so no certified milestone can find the cash missing; completion needs every
/// milestone certified (the last is the occupation permit) and a valuation adopted after the last of them,
/// so the fund's completion NAV rests on the finished building.
/// </summary>
public static class BuildingGuards
{
    public static Refusal? Check(SchemeId scheme, SchemeState target, StageEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return target switch
        {
            SchemeState.Building when evidence.Deposited < evidence.Committed => Refusal.With("escrow-short",
                $"Scheme {scheme} cannot start building: escrow holds {evidence.Deposited} of the developer's committed {evidence.Committed}; the notary records the deposit first.",
                ("deposited", evidence.Deposited.ToString()), ("committed", evidence.Committed.ToString())),
            SchemeState.Completed when evidence.Milestones == 0 || evidence.MilestonesCertified < evidence.Milestones => Refusal.With("milestones-outstanding",
                $"Scheme {scheme} cannot complete: {evidence.MilestonesCertified} of {evidence.Milestones} milestones are certified; the occupation permit is the last of them.",
                ("certified", evidence.MilestonesCertified.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("milestones", evidence.Milestones.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            SchemeState.Completed when !evidence.CompletionValuation => new Refusal("no-completion-valuation",
                $"Scheme {scheme} cannot complete: no valuation has been adopted on or after the last certified milestone; the completion NAV needs one."),
            _ => null,
        };
    }
}
