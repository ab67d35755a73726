namespace Redev.App.Statements;

/// <summary>One ledger entry as it touched the holder; its seq, id and hash find the same entry in a signed receipt.</summary>
/// <param name="At">When the ledger wrote it, Hong Kong time.</param>
/// <param name="Seq">Its position in the scheme's chain.</param>
/// <param name="EntryId">The entry's id.</param>
/// <param name="EntryHash">The entry's hash in lower-case hex.</param>
/// <param name="Kind">posted or postPending (an approved proposal).</param>
/// <param name="Code">Why it moved: issue, transfer, trade, pledge, release, redeem, distribution, correction, deposit or draw.</param>
/// <param name="Counterparty">The other side's ledger account; the mortgagee for a pledge or release; @escrow for cash paid out or in.</param>
/// <param name="UnitsIn">Fund units received.</param>
/// <param name="UnitsOut">Fund units that left.</param>
/// <param name="PledgedChange">Fund units moved into (positive) or out of (negative) the holder's pledged accounts; they stay the holder's.</param>
/// <param name="UnitsAfter">The holder's fund units after this entry.</param>
/// <param name="CashToHolderCents">HKD cents paid to the holder or to a payee for them.</param>
/// <param name="CashFromHolderCents">HKD cents the holder paid in.</param>
/// <param name="Payee">Who received the cash, when the entry says.</param>
/// <param name="Step">The completion step (sale, income, refund, top-up), when the entry says.</param>
/// <param name="Flat">The flat concerned, when the entry says.</param>
public sealed record StatementMovementDocument(
    DateTimeOffset At, long Seq, Guid EntryId, string EntryHash, string Kind, string Code, string Counterparty,
    long UnitsIn, long UnitsOut, long PledgedChange, long UnitsAfter, long CashToHolderCents, long CashFromHolderCents,
    string? Payee, string? Step, string? Flat);
