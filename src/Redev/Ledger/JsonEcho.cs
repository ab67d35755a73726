using System.Text.Json.Nodes;

namespace Redev.Ledger;

/// <summary>
/// Compares a JSON document with the one its parsed value writes back: whatever differs was shown
/// in the file but not read (an unknown field, a derived one edited), so it cannot be trusted to
/// mean what it says. A null and an absent field are the same (older receipts wrote nulls).
/// </summary>
internal static class JsonEcho
{
    public static string? FirstDifference(string given, string written) =>
        Compare(JsonNode.Parse(given), JsonNode.Parse(written), "$");

    private static string? Compare(JsonNode? given, JsonNode? written, string path)
    {
        switch (given, written)
        {
            case (null, null):
                return null;
            case (JsonObject g, JsonObject w):
                foreach (var name in g.Select(p => p.Key).Union(w.Select(p => p.Key), StringComparer.Ordinal))
                {
                    var a = g.TryGetPropertyValue(name, out var x) ? x : null;
                    var b = w.TryGetPropertyValue(name, out var y) ? y : null;
                    if (a is not null && !w.ContainsKey(name))
                    {
                        return $"{path}.{name}: the receipt has no such field (got {Show(a)})";
                    }
                    if (Compare(a, b, $"{path}.{name}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case (JsonArray g, JsonArray w):
                if (g.Count != w.Count)
                {
                    return $"{path}: {g.Count} items do not read back as {w.Count}";
                }
                for (var i = 0; i < g.Count; i++)
                {
                    if (Compare(g[i], w[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            default:
                return JsonNode.DeepEquals(given, written)
                    ? null
                    : $"{path}: shows {Show(given)} but its content reads as {Show(written)}";
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
