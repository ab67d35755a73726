namespace Redev.Web.Completion;

/// <summary>Opens the choice window: the last Hong Kong date choices count (YYYY-MM-DD) and the default, cash or income.</summary>
public sealed record OpenWindowInput(string? Deadline, string? Default);
