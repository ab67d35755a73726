namespace Redev.App.Markets;

/// <summary>A market the dashboard can show: shipped with the app (data/markets) or uploaded by a convener.</summary>
/// <param name="Id">The market's address: a shipped file's name without <c>.json</c>, or the id the convener chose.</param>
/// <param name="Source">The market file's <c>source</c> text (where the series come from), if it has one.</param>
public sealed record MarketEntry(string Id, string Name, string? Source, bool Uploaded, string? UploadedBy = null, DateTimeOffset? UploadedAt = null);
