namespace Redev.Web.Ledger;

// The receipt's JSON is written by the domain (Receipt.ToJson, the very text the CLI saves and
// `redev ledger verify-receipt` reads), so the endpoint sends that text. These records only describe its
// shape for the OpenAPI document; GeneratedClientJourneyTests checks no member of the text is left out.

/// <summary>A signed ledger receipt: the holder's entries with inclusion proofs, the checkpoint they lead to, and the notary's key.</summary>
/// <param name="Balance">Version-3 checkpoints: the holder's balance leaf and its proof into the balance tree (docs/ledger.md).</param>
public sealed record ReceiptDocument(string Scheme, string Holder, IReadOnlyList<ReceiptEntryDocument> Entries, ReceiptCheckpoint Checkpoint, string NotaryPublicKeyPem,
    ReceiptBalanceProof? Balance);

/// <summary>A holder's balances as the checkpoint committed them, and the sibling sums from the leaf to the root.</summary>
public sealed record ReceiptBalanceProof(ReceiptBalanceLeaf Leaf, long Index, IReadOnlyList<ReceiptBalanceNode> Path);

/// <summary>One leaf of the balance tree: a holder and each of its accounts.</summary>
public sealed record ReceiptBalanceLeaf(string Holder, IReadOnlyList<ReceiptBalanceAccount> Accounts);

/// <summary>One account's committed balance, pending amounts and the number of entries that touched it.</summary>
public sealed record ReceiptBalanceAccount(string Asset, long Balance, long PendingDebits, long PendingCredits, string PledgedTo, long Entries);

/// <summary>A sibling in the balance proof: its hash (base64) and the units and cents it sums.</summary>
public sealed record ReceiptBalanceNode(byte[] Hash, long Units, long Hkd);

/// <summary>The balance tree a version-3 checkpoint signs: its root (base64), holders, and the units and cents it sums.</summary>
public sealed record ReceiptBalances(byte[] Root, long Holders, long Units, long Hkd);

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
public sealed record ReceiptCheckpoint(string Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature, long AuditCount, byte[]? AuditHead,
    ReceiptBalances? Balances);
