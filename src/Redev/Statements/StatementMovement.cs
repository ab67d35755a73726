using Redev.Ledger;

namespace Redev.Statements;

/// <summary>
/// One ledger entry as it touched the holder: what moved, with whom, and the entry's seq, id and hash so the
/// holder can find the same entry in a signed receipt and see that the statement did not make it up.
/// </summary>
/// <param name="At">When the ledger wrote the entry (UTC; pages show it in Hong Kong time).</param>
/// <param name="Code">Why it moved (issue, transfer, redeem, distribution, deposit...).</param>
/// <param name="Counterparty">The other side's ledger account (for a pledge or release between the holder's own
/// accounts, the mortgagee; for cash paid out or in, <c>@escrow</c>).</param>
/// <param name="UnitsIn">Fund units that came into the holder's accounts (free or pledged).</param>
/// <param name="UnitsOut">Fund units that left them.</param>
/// <param name="PledgedChange">Units moved into (+) or out of (−) the holder's pledged accounts without leaving the holder.</param>
/// <param name="CashToHolderCents">HKD cents paid to the holder (or to a payee on the holder's behalf, e.g. the mortgagee).</param>
/// <param name="CashFromHolderCents">HKD cents the holder paid in (a top-up for a flat).</param>
/// <param name="Payee">Who received cash paid for the holder, when the entry says so.</param>
/// <param name="Step">The stage of the completion the entry belongs to (<c>sale</c>, <c>income</c>, <c>refund</c>, <c>top-up</c>), when it says so.</param>
/// <param name="Flat">The flat a redemption or payment was for, when the entry says so.</param>
/// <param name="UnitsAfter">The holder's fund units after this entry (the running balance).</param>
public sealed record StatementMovement(
    DateTimeOffset At,
    long Seq,
    Guid EntryId,
    string EntryHash,
    EntryKind Kind,
    TransferCode Code,
    string Counterparty,
    long UnitsIn,
    long UnitsOut,
    long PledgedChange,
    long CashToHolderCents,
    long CashFromHolderCents,
    string? Payee,
    string? Step,
    string? Flat,
    long UnitsAfter)
{
    /// <summary>The change to the holder's fund units: in less out.</summary>
    public long UnitsChange => checked(UnitsIn - UnitsOut);
}
