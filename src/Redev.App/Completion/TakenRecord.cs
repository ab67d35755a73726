namespace Redev.App.Completion;

/// <summary>A flat taken in kind: by whom, for how many units, and the cash settled (top-up paid) or owed (refund).</summary>
public sealed record TakenRecord(string Holder, string Flat, long Units, long UnitsValueCents, long FlatValueCents, long TopUpCents, long RefundCents, string BankReference);
