namespace Redev.Ledger;

/// <summary>One entry in a receipt, with the proof that it is in the checkpointed tree.</summary>
public sealed record ReceiptEntry(LedgerEntry Entry, IReadOnlyList<byte[]> Proof);
