namespace Redev.App.Statements;

/// <summary>Which statement to read: a scheme, a ledger holder, and optionally the period's Hong Kong dates as written (YYYY-MM-DD).</summary>
/// <param name="From">The first day; default the day of the holder's first entry.</param>
/// <param name="To">The day after the last (excluded); default tomorrow, so the statement runs to now.</param>
public sealed record StatementCommand(string? Scheme, string? Holder, string? From = null, string? To = null);
