namespace Redev.Web.Completion;

/// <summary>Closes the scheme; names the account paid what is left in escrow, needed when anything is.</summary>
public sealed record CloseInput(string? ResidueTo = null);
