using System.Text.Json;

namespace Redev.App.Markets;

/// <summary>Reads a market file's <c>name</c> and <c>source</c> for the list without reading its series.</summary>
internal static class MarketSource
{
    public static string? Of(string json) => Read(json, "source");

    public static string? Name(string json) => Read(json, "name");

    private static string? Read(string json, string key)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
