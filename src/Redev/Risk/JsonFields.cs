using System.Globalization;
using System.Text.Json;
using Redev.Primitives;

namespace Redev.Risk;

/// <summary>Reads typed fields from a JSON object, collecting a located problem for each bad or missing one.</summary>
internal sealed class JsonFields(string file, List<ScenarioProblem> problems)
{
    public void Problem(string path, string message, JsonElement? got = null) =>
        problems.Add(new ScenarioProblem(file, path, message, got?.GetRawText()));

    public int Count => problems.Count;

    public JsonElement? Get(JsonElement obj, string path, string name, bool required)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            Problem($"{path}.{name}", "is missing");
        }
        return null;
    }

    public JsonElement? Object(JsonElement obj, string path, string name, bool required = true)
    {
        var e = Get(obj, path, name, required);
        if (e is { } v && v.ValueKind != JsonValueKind.Object)
        {
            Problem($"{path}.{name}", "must be an object", v);
            return null;
        }
        return e;
    }

    /// <summary>A number within [min, max]; NaN when missing or bad (a problem is recorded).</summary>
    public double Number(JsonElement obj, string path, string name, double min, double max, double? fallback = null, string? rule = null)
    {
        var e = Get(obj, path, name, fallback is null);
        if (e is not { } v)
        {
            return fallback ?? double.NaN;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            Problem($"{path}.{name}", "must be a number", v);
            return double.NaN;
        }
        if (d < min || d > max)
        {
            Problem($"{path}.{name}", rule ?? $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}", v);
            return double.NaN;
        }
        return d;
    }

    public int Integer(JsonElement obj, string path, string name, int min, int max, int? fallback = null)
    {
        var e = Get(obj, path, name, fallback is null);
        if (e is not { } v)
        {
            return fallback ?? -1;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            Problem($"{path}.{name}", "must be a whole number", v);
            return -1;
        }
        if (i < min || i > max)
        {
            Problem($"{path}.{name}", string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}"), v);
            return -1;
        }
        return i;
    }

    /// <summary>An HKD amount, as a JSON number or string, with at most two decimals.</summary>
    public Cents Hkd(JsonElement obj, string path, string name, bool required, bool positive)
    {
        var e = Get(obj, path, name, required);
        if (e is not { } v)
        {
            return Cents.Zero;
        }
        var text = v.ValueKind switch
        {
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.String => v.GetString(),
            _ => null,
        };
        if (!Cents.TryParseHkd(text, out var c))
        {
            Problem($"{path}.{name}", "must be an HKD amount with at most 2 decimals", v);
            return Cents.Zero;
        }
        if (positive ? c.Value <= 0 : c.Value < 0)
        {
            Problem($"{path}.{name}", positive ? "must be positive" : "cannot be negative", v);
            return Cents.Zero;
        }
        return c;
    }

    public string? Text(JsonElement obj, string path, string name, bool required)
    {
        var e = Get(obj, path, name, required);
        if (e is not { } v)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
        {
            Problem($"{path}.{name}", "must be a non-empty string", v);
            return null;
        }
        return v.GetString();
    }
}
