namespace Redev.Web.Cycle;

/// <summary>Retrospective turning points of the national series, and of each core and growth series by name.</summary>
public sealed record CycleTurningPoints(
    IReadOnlyList<CycleTurningPoint> Volume, IReadOnlyList<CycleTurningPoint> Inventory, IReadOnlyList<CycleTurningPoint> Price,
    IReadOnlyDictionary<string, IReadOnlyList<CycleTurningPoint>> CorePrices, IReadOnlyDictionary<string, IReadOnlyList<CycleTurningPoint>> Growth);
