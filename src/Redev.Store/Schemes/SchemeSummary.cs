using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>A scheme in a list: enough to choose one without loading its register.</summary>
public sealed record SchemeSummary(SchemeId Id, string Name, SchemeState State, int CompletionYear, DateTimeOffset CreatedAt, int Flats, int Owners, int Consents);
