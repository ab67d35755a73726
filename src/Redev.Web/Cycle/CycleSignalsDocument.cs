namespace Redev.Web.Cycle;

// The signals' JSON is written by the domain (CycleReportJson, the same text `redev cycle signals
// --json` prints), so the endpoint sends that text. These records only describe its shape for the
// OpenAPI document; GeneratedClientJourneyTests checks no member of the text is left out.

/// <summary>A market's cycle reading: turning points per series, episodes, each month's stage and verdict, and the present state.</summary>
public sealed record CycleSignalsDocument(
    string Market, string AsOf, CycleTurningPoints TurningPoints, IReadOnlyList<CycleEpisode> Episodes,
    IReadOnlyList<CycleMonth> Monthly, CycleCurrent? Current, IReadOnlyList<string> Notes);

/// <summary>Retrospective turning points of the national series, and of each core and growth series by name.</summary>
public sealed record CycleTurningPoints(
    IReadOnlyList<CycleTurningPoint> Volume, IReadOnlyList<CycleTurningPoint> Inventory, IReadOnlyList<CycleTurningPoint> Price,
    IReadOnlyDictionary<string, IReadOnlyList<CycleTurningPoint>> CorePrices, IReadOnlyDictionary<string, IReadOnlyList<CycleTurningPoint>> Growth);

/// <summary>A peak or trough (YYYY-MM) and the month the data confirmed it.</summary>
public sealed record CycleTurningPoint(string Type, string Month, string ConfirmedMonth);

/// <summary>One cycle episode and what the rules of docs/cycle.md found in it.</summary>
public sealed record CycleEpisode(
    string? VolumeTrough, string? InventoryPeak, string PriceTrough, bool? OrderHeld, int? YieldGapBpAtPriceTrough,
    IReadOnlyDictionary<string, int> CoreLeadMonths, bool? GrowthImproving);

/// <summary>One month's stage (0 to 3, null when the data cannot tell) and verdict, from only the data published by then.</summary>
public sealed record CycleMonth(string Month, int? Stage, int? YieldGapBp, bool? MoneyEasy, bool? GrowthImproving, string Verdict, bool? CoreFirst);

/// <summary>The latest month's stage (null when the data cannot tell) and verdict, the series missing for a full reading, and the stale ones.</summary>
public sealed record CycleCurrent(int? Stage, string Verdict, IReadOnlyList<string> Missing, IReadOnlyList<CycleStaleSeries> Stale);

/// <summary>A series whose last figure is older than its publication lag allows, and that figure's month.</summary>
public sealed record CycleStaleSeries(string Series, string LastMonth);
