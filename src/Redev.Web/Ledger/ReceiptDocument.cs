namespace Redev.Web.Ledger;

// The receipt's JSON is written by the domain (Receipt.ToJson, the very text the CLI saves and
// `redev ledger verify-receipt` reads), so the endpoint sends that text. These records only describe its
// shape for the OpenAPI document; GeneratedClientJourneyTests checks no member of the text is left out.

/// <summary>A signed ledger receipt: the holder's entries with inclusion proofs, the checkpoint they lead to, and the notary's key.</summary>
public sealed record ReceiptDocument(string Scheme, string Holder, IReadOnlyList<ReceiptEntryDocument> Entries, ReceiptCheckpoint Checkpoint, string NotaryPublicKeyPem);

/// <summary>One entry and its Merkle inclusion proof (base64 hashes, leaf to root).</summary>
public sealed record ReceiptEntryDocument(ReceiptLedgerEntry Entry, IReadOnlyList<byte[]> Proof);

/// <summary>A journal entry as written: kind and code in camel case, hashes in base64, times in UTC.</summary>
public sealed record ReceiptLedgerEntry(
    string Scheme, long Seq, Guid Id, string Kind, string Code, ReceiptAccount Debit, ReceiptAccount Credit, long Amount,
    Guid? PendingId, DateTimeOffset? Expires, DateTimeOffset Timestamp, string AuthorizedBy, string Metadata,
    byte[] PrevHash, byte[] Hash, string Asset);

/// <summary>One side of an entry: the holder, the asset (units or hkdCents) and, for pledged units, the mortgagee.</summary>
public sealed record ReceiptAccount(string Holder, string Asset, string PledgedTo, bool IsPledged, bool IsSystem);

/// <summary>The notary's signed checkpoint: the tree's size and root, and the audit trail's count and head.</summary>
public sealed record ReceiptCheckpoint(string Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature, long AuditCount, byte[]? AuditHead);
