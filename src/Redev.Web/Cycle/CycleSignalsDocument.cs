namespace Redev.Web.Cycle;

// The signals' JSON is written by the domain (CycleReportJson, the same text `redev cycle signals
// --json` prints), so the endpoint sends that text. These records only describe its shape for the
// OpenAPI document; GeneratedClientJourneyTests checks no member of the text is left out.

/// <summary>A market's cycle reading: turning points per series, episodes, each month's stage and verdict, and the present state.</summary>
public sealed record CycleSignalsDocument(
    string Market, string AsOf, CycleTurningPoints TurningPoints, IReadOnlyList<CycleEpisode> Episodes,
    IReadOnlyList<CycleMonth> Monthly, CycleCurrent? Current, IReadOnlyList<string> Notes);

