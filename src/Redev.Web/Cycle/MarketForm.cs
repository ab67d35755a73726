using System.Text.Json;
using System.Text.Json.Nodes;

namespace Redev.Web.Cycle;

/// <summary>
/// The upload page's fields, turned into a market file: the same JSON a person would write by hand
/// next to the CSV files (docs/cycle.md), so an uploaded market and a shipped one are read alike.
/// </summary>
public sealed class MarketForm
{
    /// <summary>Rows offered for named series (core cities, growth); a market may use any number of them.</summary>
    public const int NamedRows = 3;

    public string? Id { get; set; }
    public string? Name { get; set; }
    public int MoneyEasyBp { get; set; } = 200;
    public SeriesInput Volume { get; set; } = new() { PublicationLagMonths = 1 };
    public SeriesInput Inventory { get; set; } = new() { PublicationLagMonths = 1, Kind = "monthsSupply" };
    public SeriesInput Price { get; set; } = new() { PublicationLagMonths = 3 };
    public SeriesInput Yield10y { get; set; } = new();
    public SeriesInput CoreInflation { get; set; } = new() { PublicationLagMonths = 1, Kind = "index" };
    public List<SeriesInput> CorePrices { get; set; } = [.. Enumerable.Range(0, NamedRows).Select(_ => new SeriesInput { PublicationLagMonths = 1 })];
    public List<SeriesInput> Growth { get; set; } = [.. Enumerable.Range(0, NamedRows).Select(_ => new SeriesInput { PublicationLagMonths = 1 })];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The uploaded files, by the name the market file will use for each.</summary>
    public IEnumerable<(string Name, IFormFile File)> Files() =>
        new[] { Volume, Inventory, Price, Yield10y, CoreInflation }.Concat(CorePrices).Concat(Growth)
            .Where(s => s.File is { Length: > 0 })
            .Select(s => (FileName(s.File!), s.File!));

    public static string FileName(IFormFile f) => Path.GetFileName(f.FileName) is { Length: > 0 } n ? n : f.Name + ".csv";

    public string ToJson()
    {
        var root = new JsonObject { ["name"] = string.IsNullOrWhiteSpace(Name) ? Id : Name.Trim() };
        Add(root, "volume", Volume, s => s["annualRate"] = Volume.AnnualRate);
        Add(root, "inventory", Inventory, s => s["kind"] = Inventory.Kind);
        Add(root, "price", Price);
        AddNamed(root, "corePrices", CorePrices);
        Add(root, "yield10y", Yield10y);
        Add(root, "coreInflation", CoreInflation, s => s["kind"] = CoreInflation.Kind);
        AddNamed(root, "growth", Growth);
        root["parameters"] = new JsonObject { ["moneyEasyBp"] = MoneyEasyBp };
        return root.ToJsonString(Indented);
    }

    private static void Add(JsonObject root, string role, SeriesInput input, Action<JsonObject>? more = null)
    {
        if (Series(input, more) is { } s)
        {
            root[role] = s;
        }
    }

    private static void AddNamed(JsonObject root, string role, List<SeriesInput> inputs)
    {
        var named = new JsonObject();
        foreach (var (input, row) in inputs.Select((x, i) => (x, i + 1)))
        {
            if (Series(input) is { } s)
            {
                // A file without a name still gets one, so the series is not lost; the page asks for names.
                var name = string.IsNullOrWhiteSpace(input.Name) ? Path.GetFileNameWithoutExtension(FileName(input.File!)) : input.Name.Trim();
                named[named.ContainsKey(name) ? $"{name} ({row})" : name] = s;
            }
        }
        if (named.Count > 0)
        {
            root[role] = named;
        }
    }

    private static JsonObject? Series(SeriesInput input, Action<JsonObject>? more = null)
    {
        if (input.File is not { Length: > 0 } file)
        {
            return null;
        }
        var s = new JsonObject
        {
            ["file"] = FileName(file),
            ["publicationLagMonths"] = input.PublicationLagMonths,
            ["seasonallyAdjusted"] = input.SeasonallyAdjusted,
        };
        more?.Invoke(s);
        return s;
    }
}
