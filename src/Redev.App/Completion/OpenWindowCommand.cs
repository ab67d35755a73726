namespace Redev.App.Completion;

/// <summary>Opens the choice window: the last Hong Kong date choices count (YYYY-MM-DD) and the default, <c>cash</c> or <c>income</c>.</summary>
public sealed record OpenWindowCommand(string? Scheme, string? Deadline, string? Fallback);
