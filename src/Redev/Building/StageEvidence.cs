using Redev.Primitives;

namespace Redev.Building;

/// <summary>
/// What the building stage's guards look at before a scheme starts building or completes: gathered
/// from the ledger and the certifier's records by the application layer, judged here.
/// </summary>
/// <param name="Committed">The developer's committed construction cost (equity) or common burden (cost-in-kind).</param>
/// <param name="Deposited">Cash the notary has recorded into the scheme's escrow.</param>
/// <param name="MilestonesCertified">How many milestones, in order, are certified.</param>
/// <param name="Milestones">How many milestones the schedule has (0 when there is none).</param>
/// <param name="CompletionValuation">Whether a valuation dated on or after the last certification has been adopted.</param>
/// <param name="Completion">After completion: what the choice window, the flats and the ledger show.</param>
public sealed record StageEvidence(Cents Committed, Cents Deposited, int MilestonesCertified, int Milestones, bool CompletionValuation,
    Completion.CompletionEvidence? Completion = null);
