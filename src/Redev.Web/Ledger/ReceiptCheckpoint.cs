namespace Redev.Web.Ledger;

/// <summary>The notary's signed checkpoint: the tree's size and root, and the audit trail's count and head.</summary>
public sealed record ReceiptCheckpoint(string Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature, long AuditCount, byte[]? AuditHead,
    ReceiptBalances? Balances);
