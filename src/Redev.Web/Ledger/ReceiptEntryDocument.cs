namespace Redev.Web.Ledger;

/// <summary>One entry and its Merkle inclusion proof (base64 hashes, leaf to root).</summary>
public sealed record ReceiptEntryDocument(ReceiptLedgerEntry Entry, IReadOnlyList<byte[]> Proof);
