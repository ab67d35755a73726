namespace Redev.App.Schemes;

/// <summary>What a convener fills in to open a draft scheme.</summary>
public sealed record CreateSchemeCommand(string? Id, string? Name, int CompletionYear, bool DesignatedArea = false, bool Industrial = false, bool OutsideIndustrialZone = false);
