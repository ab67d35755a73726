namespace Redev.Web.Completion;

/// <summary>The pick of the holder on turn: a flat (with the bank reference of a top-up when the flat is worth more), or pass to be paid in cash.</summary>
public sealed record PickInput(string? Holder, string? Flat = null, string? BankReference = null, bool Pass = false);
