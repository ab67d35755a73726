using System.Text.Json;
using System.Text.Json.Serialization;
using Redev.Text;

namespace Redev.Cycle;

/// <summary>
/// Reads a market file: JSON naming, for each role, a series file (path relative to the market file)
/// and how to read it. Derives months' supply from an inventory stock and the volume, and year-on-year
/// inflation from a price index, so the rules always see the quantities they are stated in.
/// </summary>
public static class MarketFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Longest market name, in characters: it heads every page and report about the market, so a
    /// place and a year fit, a paragraph does not.
    /// </summary>
    public const int MaxNameLength = 200;

    /// <param name="path">The market file's path; series paths are resolved against its folder.</param>
    /// <param name="readText">Reads a file's text, or returns null when it does not exist.</param>
    public static MarketImport Parse(string path, string json, Func<string, string?> readText)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(readText);
        MarketFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<MarketFileDto>(json, Json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            return new MarketImport(null, [new InputProblem(path, line, e.Path ?? "file", "not a valid market file: " + FirstSentence(e.Message))]);
        }
        if (dto is null)
        {
            return new MarketImport(null, [new InputProblem(path, 1, "file", "the market file is empty")]);
        }
        var reader = new Reader(path, json, readText);
        var volume = reader.Read("volume", "volume", dto.Volume, Aggregation.Mean);
        var inventory = reader.Read("inventory", "inventory", dto.Inventory, KindIs(dto.Inventory, "level") ? Aggregation.Last : Aggregation.Mean);
        var price = reader.Read("price", "price", dto.Price, Aggregation.Last);
        var core = reader.ReadNamed("corePrices", dto.CorePrices, Aggregation.Last);
        var yield = reader.Read("yield10y", "10-year yield", dto.Yield10y, Aggregation.Mean);
        var inflation = reader.Read("coreInflation", "core inflation", dto.CoreInflation, KindIs(dto.CoreInflation, "rate") ? Aggregation.Mean : Aggregation.Last);
        var growth = reader.ReadNamed("growth", dto.Growth, Aggregation.Mean);
        reader.CheckKind("inventory", dto.Inventory, "monthsSupply", "level");
        reader.CheckKind("coreInflation", dto.CoreInflation, "index", "rate");
        reader.CheckName(dto.Name);
        if (reader.Problems.Count > 0)
        {
            return new MarketImport(null, reader.Problems);
        }
        if (inventory is not null && KindIs(dto.Inventory, "level") && volume is not null)
        {
            inventory = Derive.MonthsSupply(inventory, volume, dto.Volume?.AnnualRate ?? true);
        }
        if (inflation is not null && !KindIs(dto.CoreInflation, "rate"))
        {
            inflation = Derive.YearOnYear(inflation);
        }
        var parameters = new CycleParameters(
            dto.Parameters?.MoneyEasyBp ?? 200,
            dto.Parameters?.ExpansionMonths ?? 24,
            dto.Parameters?.InventoryFallMonths ?? 3,
            dto.Parameters?.Monthly?.Over(DatingParameters.BryBoschanMonthly),
            dto.Parameters?.Quarterly?.Over(DatingParameters.HardingPaganQuarterly));
        var name = string.IsNullOrWhiteSpace(dto.Name) ? Path.GetFileNameWithoutExtension(path) : dto.Name;
        return new MarketImport(new Market(name, volume, inventory, price, core, yield, inflation, growth, parameters), []);
    }

    private static bool KindIs(SeriesDto? dto, string kind) => string.Equals(dto?.Kind, kind, StringComparison.OrdinalIgnoreCase);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..(cut + 1)];
    }

    private sealed class Reader(string path, string json, Func<string, string?> readText)
    {
        public List<InputProblem> Problems { get; } = [];

        public MarketSeries? Read(string role, string name, SeriesDto? dto, Aggregation defaultAggregation)
        {
            if (dto is null)
            {
                return null;
            }
            var line = LineOf(role);
            if (string.IsNullOrWhiteSpace(dto.File))
            {
                Problems.Add(new InputProblem(path, line, role, "no \"file\" given for this series"));
                return null;
            }
            Aggregation aggregation = defaultAggregation;
            if (dto.Aggregate is not null && !Enum.TryParse(dto.Aggregate, ignoreCase: true, out aggregation))
            {
                Problems.Add(new InputProblem(path, line, role + ".aggregate", "use mean, last or sum", dto.Aggregate));
                return null;
            }
            if (dto.PublicationLagMonths is < 0 or > 24)
            {
                Problems.Add(new InputProblem(path, line, role + ".publicationLagMonths", "must be 0 to 24 months", dto.PublicationLagMonths.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return null;
            }
            var folder = Path.GetDirectoryName(path) ?? "";
            var full = Path.Combine(folder, dto.File);
            var text = readText(full);
            if (text is null)
            {
                Problems.Add(new InputProblem(path, line, role + ".file", "file not found", full));
                return null;
            }
            var import = SeriesCsv.Parse(full, text, new SeriesSpec(name, dto.Column, dto.Filter, aggregation));
            if (!import.Succeeded)
            {
                Problems.AddRange(import.Problems);
                return null;
            }
            return new MarketSeries(import.Series!, dto.PublicationLagMonths ?? 0, dto.SeasonallyAdjusted ?? true);
        }

        public Dictionary<string, MarketSeries> ReadNamed(string role, Dictionary<string, SeriesDto>? dtos, Aggregation defaultAggregation)
        {
            var result = new Dictionary<string, MarketSeries>();
            foreach (var (name, dto) in dtos ?? [])
            {
                var series = Read(role, name, dto, defaultAggregation);
                if (series is not null)
                {
                    result[name] = series;
                }
            }
            return result;
        }

        public void CheckKind(string role, SeriesDto? dto, params string[] kinds)
        {
            if (dto?.Kind is { } kind && !kinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
            {
                Problems.Add(new InputProblem(path, LineOf(role), role + ".kind", "use " + string.Join(" or ", kinds), kind));
            }
        }

        public void CheckName(string? name)
        {
            if (name is not null && name.Trim().Length > MaxNameLength)
            {
                Problems.Add(new InputProblem(path, LineOf("name"), "name",
                    $"a market name has at most {MaxNameLength} characters", name[..40] + "…"));
            }
        }

        // System.Text.Json keeps no positions after parsing; the role's key is where a person will look.
        private int LineOf(string role)
        {
            var at = json.IndexOf($"\"{role}\"", StringComparison.Ordinal);
            return at < 0 ? 1 : json.AsSpan(0, at).Count('\n') + 1;
        }
    }
}
