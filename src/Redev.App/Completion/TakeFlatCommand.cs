namespace Redev.App.Completion;

/// <summary>
/// Records the pick of the holder whose turn it is: a flat (with the bank reference of the top-up when the
/// flat is worth more than the units), or, with <see cref="Pass"/>, no flat — the holder is then paid in cash.
/// </summary>
public sealed record TakeFlatCommand(string? Scheme, string? Holder, string? Flat, string? BankReference = null, bool Pass = false);
