namespace Redev.App.Completion;

/// <summary>
/// The completion stage of one scheme as a reader may see it: staff see every holder and payout line; a
/// holder sees its own rows and the totals (docs/completion.md). Seeds appear only once published.
/// </summary>
public sealed record CompletionView(
    string Scheme,
    string State,
    IReadOnlyList<FlatView> Flats,
    string? Deadline,
    string? Fallback,
    string? NavPerUnitExact,
    long? NavPerUnitCents,
    string? Commitment,
    string? Seed,
    bool WindowOpen,
    bool WindowClosed,
    int FlatChoosers,
    string? OnTurn,
    IReadOnlyList<PositionView> Positions,
    IReadOnlyList<PayoutRecord> Proposed,
    IReadOnlyList<PayoutRecord> Paid,
    IReadOnlyList<LeaseRecord> Leases,
    IReadOnlyList<FinalStatementRecord> Statements,
    long EscrowCents,
    long UnitsOutstanding,
    bool Staff);
