using System.CommandLine;
using Redev.Allocation;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Cli;

/// <summary>Options shared by several commands, parsed once with clear errors.</summary>
public static class Options
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "SQLite file, or a PostgreSQL connection string (Host=...;Database=...) or postgres:// URL. Default: ./redev.db",
    };

    public static Option<SchemeId> Scheme() => new("--scheme")
    {
        Description = "The scheme's id (lower-case letters, digits and dashes).",
        Required = true,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (SchemeId.TryParse(text, out var id))
            {
                return id;
            }
            r.AddError($"--scheme: \"{text}\" is not a scheme id; use 1-40 lower-case letters, digits and dashes.");
            return default;
        },
    };

    /// <summary>An HKD amount, checked here for its form so the error names the option; the application layer reads the text.</summary>
    public static Option<string?> HkdText(string name, string description, bool required = false) => new(name)
    {
        Description = description + " (HKD, up to 2 decimals; commas allowed).",
        Required = required,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (Cents.TryParseHkd(text, out _))
            {
                return text;
            }
            r.AddError($"{name}: \"{text}\" is not an HKD amount with at most 2 decimals.");
            return null;
        },
    };

    public static Option<string> Policy() => new("--policy")
    {
        Description = "equity or cost-in-kind.",
        Required = true,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (text is "equity" or "cost-in-kind")
            {
                return text;
            }
            r.AddError($"--policy: \"{text}\" is not a policy; use equity or cost-in-kind.");
            return "";
        },
    };

    public static Option<WeightBasis> Weights() => new("--weights")
    {
        Description = "shares (undivided shares, the default) or appraised (appraised values).",
        DefaultValueFactory = _ => WeightBasis.Shares,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "shares";
            switch (text)
            {
                case "shares": return WeightBasis.Shares;
                case "appraised": return WeightBasis.Appraised;
                default:
                    r.AddError($"--weights: \"{text}\" is not a weight basis; use shares or appraised.");
                    return WeightBasis.Shares;
            }
        },
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of tables." };
}
