namespace Redev.Store.Markets;

/// <summary>An uploaded market as stored: the market file's JSON and who uploaded it when.</summary>
public sealed record StoredMarket(string Id, string Name, string Json, string UploadedBy, DateTimeOffset UploadedAt);
