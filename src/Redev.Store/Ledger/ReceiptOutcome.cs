using Redev.Ledger;

namespace Redev.Store.Ledger;

/// <summary>A receipt, or why there is none yet (a refusal with a stable code: see <see cref="ReceiptRefusals"/>).</summary>
public sealed record ReceiptOutcome(Receipt? Receipt, Refusal? Refusal)
{
    public static ReceiptOutcome Of(Receipt receipt) => new(receipt ?? throw new ArgumentNullException(nameof(receipt)), null);

    public static ReceiptOutcome Refused(Refusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
