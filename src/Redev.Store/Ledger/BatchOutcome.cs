using Redev.Ledger;

namespace Redev.Store.Ledger;

/// <summary>The outcome of a submitted batch: its results, or why nothing was written.</summary>
public sealed record BatchOutcome(IReadOnlyList<TransferResult>? Results, Refusal? Refusal)
{
    public bool Succeeded => Results is not null;
}
