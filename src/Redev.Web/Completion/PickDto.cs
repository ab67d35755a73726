namespace Redev.Web.Completion;

/// <summary>
/// A pick recorded for the holder on turn: the flat taken, the fund units cancelled for it and their value, and
/// the cash settled (a top-up paid in, or a refund owed); or, when the holder passed, no flat, paid in cash.
/// </summary>
public sealed record PickDto(string Holder, string? Flat, bool Passed, long Units, long UnitsValueCents, long FlatValueCents, long TopUpCents, long RefundCents);
