using Redev.Ledger;

namespace Redev.Store.Ledger;

/// <summary>Raised by the single-transfer helper when the ledger refuses it.</summary>
public sealed class LedgerRefusedException(Refusal refusal) : Exception(refusal?.ToString())
{
    public Refusal Refusal { get; } = refusal!;
}
