using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>
/// A holder's final statement, written when the scheme closed: fund units received and given up, cash received
/// and paid in, the flat taken, and the SHA-256 of the journal entries that show it, to check against the holder's receipt.
/// </summary>
public sealed record FinalStatementDto(string Holder, long UnitsReceived, long UnitsCancelled, long UnitsTransferredOut, long CashReceivedCents,
    long CashPaidInCents, string Flat, int Entries, string EntriesSha256)
{
    public static FinalStatementDto From(FinalStatementRecord s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new FinalStatementDto(s.Holder, s.UnitsReceived, s.UnitsCancelled, s.UnitsTransferredOut, s.CashReceivedCents, s.CashPaidInCents, s.Flat, s.Entries, s.EntriesSha256);
    }
}
