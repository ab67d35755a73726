namespace Redev.App.Completion;

/// <summary>Closes a scheme; <see cref="ResidueTo"/> names the account paid what is left in escrow (needed when anything is).</summary>
public sealed record CloseCommand(string? Scheme, string? ResidueTo = null);
