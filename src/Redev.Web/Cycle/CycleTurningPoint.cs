namespace Redev.Web.Cycle;

/// <summary>A peak or trough (YYYY-MM) and the month the data confirmed it.</summary>
public sealed record CycleTurningPoint(string Type, string Month, string ConfirmedMonth);
