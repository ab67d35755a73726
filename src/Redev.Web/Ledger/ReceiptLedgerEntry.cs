namespace Redev.Web.Ledger;

/// <summary>A journal entry as written: kind and code in camel case, hashes in base64, times in UTC.</summary>
public sealed record ReceiptLedgerEntry(
    string Scheme, long Seq, Guid Id, string Kind, string Code, ReceiptAccount Debit, ReceiptAccount Credit, long Amount,
    Guid? PendingId, DateTimeOffset? Expires, DateTimeOffset Timestamp, string AuthorizedBy, string Metadata,
    byte[] PrevHash, byte[] Hash, string Asset);
