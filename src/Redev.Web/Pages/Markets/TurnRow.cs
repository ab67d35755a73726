using Redev.Cycle;

namespace Redev.Web.Pages.Markets;

/// <summary>One row of the turning-point table.</summary>
public sealed record TurnRow(string Series, TurningPoint Point);
