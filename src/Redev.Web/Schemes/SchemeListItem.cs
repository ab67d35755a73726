namespace Redev.Web.Schemes;

/// <summary>A scheme in the API's list.</summary>
public sealed record SchemeListItem(string Id, string Name, string State, int CompletionYear, DateTimeOffset CreatedAt, int Flats, int Owners, int Consents);
