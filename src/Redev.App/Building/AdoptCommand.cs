namespace Redev.App.Building;

/// <summary>Adopt the valuation round of a date.</summary>
public sealed record AdoptCommand(string? Scheme, string? Date);
