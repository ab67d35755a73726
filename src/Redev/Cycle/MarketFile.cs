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
            return new MarketImport(null, [InputProblem.Coded(path, line, e.Path ?? "file", null, "market-not-json", "not a valid market file: {0}", FirstSentence(e.Message))]);
        }
        if (dto is null)
        {
            return new MarketImport(null, [InputProblem.Coded(path, 1, "file", null, "market-empty", "the market file is empty")]);
        }
        var reader = new Reader(path, json, readText);
        var volume = reader.Read("volume", "volume", dto.Volume, Aggregation.Mean);
        var stockKind = KindIs(dto.Inventory, "level") || KindIs(dto.Inventory, "vacancyRate");
        var inventory = reader.Read("inventory", "inventory", dto.Inventory, stockKind ? Aggregation.Last : Aggregation.Mean);
        var vacancyStock = KindIs(dto.Inventory, "vacancyRate") ? reader.Read("inventory", "stock", dto.Inventory?.Stock, Aggregation.Last, "inventory.stock") : null;
        var price = reader.Read("price", "price", dto.Price, Aggregation.Last);
        var core = reader.ReadNamed("corePrices", dto.CorePrices, Aggregation.Last);
        var yield = reader.Read("yield10y", "10-year yield", dto.Yield10y, Aggregation.Mean);
        var inflation = reader.Read("coreInflation", "core inflation", dto.CoreInflation, KindIs(dto.CoreInflation, "rate") ? Aggregation.Mean : Aggregation.Last);
        var growth = reader.ReadNamed("growth", dto.Growth, Aggregation.Mean);
        reader.CheckKind("inventory", dto.Inventory, "market-bad-inventory-kind", "monthsSupply", "level", "vacancyRate");
        reader.CheckVacancy(dto, inventory, vacancyStock);
        reader.CheckAnnual(("volume", volume), ("price", price), ("yield10y", yield), ("coreInflation", inflation));
        reader.CheckAnnual([.. core.Select(kv => ("corePrices." + kv.Key, (MarketSeries?)kv.Value)), .. growth.Select(kv => ("growth." + kv.Key, (MarketSeries?)kv.Value))]);
        // Only a stock turned into months' supply with the volume leaves the annual calendar.
        if (!(stockKind && volume is not null) && inventory is not null)
        {
            reader.CheckAnnual(("inventory", inventory));
        }
        reader.CheckKind("coreInflation", dto.CoreInflation, "market-bad-inflation-kind", "index", "rate");
        reader.CheckName(dto.Name);
        if (reader.Problems.Count > 0)
        {
            return new MarketImport(null, reader.Problems);
        }
        if (inventory is not null && vacancyStock is not null)
        {
            inventory = Derive.Vacant(inventory, vacancyStock);
        }
        var fromVolume = inventory is not null && stockKind && volume is not null;
        if (fromVolume)
        {
            inventory = Derive.MonthsSupply(inventory!, volume!, dto.Volume?.AnnualRate ?? true);
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
        return new MarketImport(new Market(name, volume, inventory, price, core, yield, inflation, growth, parameters) { InventoryFromVolume = fromVolume }, []);
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

        public MarketSeries? Read(string role, string name, SeriesDto? dto, Aggregation defaultAggregation, string? field = null)
        {
            if (dto is null)
            {
                return null;
            }
            var line = LineOf(role);
            role = field ?? role;
            if (string.IsNullOrWhiteSpace(dto.File))
            {
                Problems.Add(InputProblem.Coded(path, line, role, null, "market-no-series-file", "no \"file\" given for this series"));
                return null;
            }
            Aggregation aggregation = defaultAggregation;
            if (dto.Aggregate is not null && !Enum.TryParse(dto.Aggregate, ignoreCase: true, out aggregation))
            {
                Problems.Add(InputProblem.Coded(path, line, role + ".aggregate", dto.Aggregate, "market-bad-aggregate", "use mean, last or sum"));
                return null;
            }
            if (dto.PublicationLagMonths is < 0 or > 24)
            {
                Problems.Add(InputProblem.Coded(path, line, role + ".publicationLagMonths", dto.PublicationLagMonths.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "market-bad-lag", "must be 0 to 24 months"));
                return null;
            }
            var folder = Path.GetDirectoryName(path) ?? "";
            var full = Path.Combine(folder, dto.File);
            var text = readText(full);
            if (text is null)
            {
                Problems.Add(InputProblem.Coded(path, line, role + ".file", full, "market-file-not-found", "file not found"));
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

        /// <param name="code">The problem's code: one per role, since each role has its own kinds to name.</param>
        public void CheckKind(string role, SeriesDto? dto, string code, params string[] kinds)
        {
            if (dto?.Kind is { } kind && !kinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
            {
                Problems.Add(InputProblem.Coded(path, LineOf(role), role + ".kind", kind, code, "use " + string.Join(" or ", kinds)));
            }
        }

        public void CheckName(string? name)
        {
            if (name is not null && name.Trim().Length > MaxNameLength)
            {
                Problems.Add(InputProblem.Coded(path, LineOf("name"), "name", name[..40] + "…", "market-name-too-long",
                    "a market name has at most {0} characters", MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        /// <summary>A vacancy rate needs its stock and a volume series; "stock" belongs to no other kind.</summary>
        public void CheckVacancy(MarketFileDto dto, MarketSeries? rate, MarketSeries? stock)
        {
            var inv = dto.Inventory;
            if (inv is null)
            {
                return;
            }
            var line = LineOf("inventory");
            if (!KindIs(inv, "vacancyRate"))
            {
                if (inv.Stock is not null)
                {
                    Problems.Add(InputProblem.Coded(path, line, "inventory.stock", null, "market-stock-without-vacancy", "only an inventory of kind vacancyRate has a stock"));
                }
                return;
            }
            if (inv.Stock is null)
            {
                Problems.Add(InputProblem.Coded(path, line, "inventory.stock", null, "market-vacancy-needs-stock", "a vacancy rate needs the stock it is a fraction of"));
            }
            if (dto.Volume is null)
            {
                Problems.Add(InputProblem.Coded(path, line, "inventory.kind", null, "market-vacancy-needs-volume", "a vacancy rate becomes months' supply only with a volume series"));
            }
            if (rate is not null && stock is not null && rate.Series.Step != stock.Series.Step)
            {
                Problems.Add(InputProblem.Coded(path, line, "inventory.stock", null, "market-stock-frequency", "the stock must have the vacancy rate's frequency"));
            }
        }

        /// <summary>
        /// Annual files are read only as an inventory stock, which is turned into monthly months' supply; the
        /// turning-point procedures are stated for monthly and quarterly data and would misdate a yearly series.
        /// </summary>
        public void CheckAnnual(params (string Role, MarketSeries? Series)[] series)
        {
            foreach (var (role, s) in series)
            {
                if (s is { Series.IsAnnual: true })
                {
                    Problems.Add(InputProblem.Coded(path, LineOf(role.Split('.')[0]), role, null, "market-annual-series",
                        "an annual series is read only as an inventory stock (kind level or vacancyRate, with a volume series)"));
                }
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
