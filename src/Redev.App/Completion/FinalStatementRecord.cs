namespace Redev.App.Completion;

/// <summary>
/// A holder's final statement as closing writes it: every unit it received and gave up, the cash it was
/// paid and paid in, the flat it took, and the SHA-256 of the journal entries that show it (in order, by
/// their hashes), so the statement can be checked against the holder's receipt; and the period and SHA-256 of
/// the holder's full statement as CSV (docs/statements.md), so the printable statement can be checked against it.
/// </summary>
public sealed record FinalStatementRecord(string Holder, long UnitsReceived, long UnitsCancelled, long UnitsTransferredOut, long CashReceivedCents,
    long CashPaidInCents, string Flat, int Entries, string EntriesSha256, string From = "", string To = "", string CsvSha256 = "");
