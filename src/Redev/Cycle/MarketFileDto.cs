using System.Text.Json.Serialization;

namespace Redev.Cycle;

// The market file as written by people; MarketFile validates it into a Market.
internal sealed class MarketFileDto
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("volume")] public SeriesDto? Volume { get; set; }
    [JsonPropertyName("inventory")] public SeriesDto? Inventory { get; set; }
    [JsonPropertyName("price")] public SeriesDto? Price { get; set; }
    [JsonPropertyName("corePrices")] public Dictionary<string, SeriesDto>? CorePrices { get; set; }
    [JsonPropertyName("yield10y")] public SeriesDto? Yield10y { get; set; }
    [JsonPropertyName("coreInflation")] public SeriesDto? CoreInflation { get; set; }
    [JsonPropertyName("growth")] public Dictionary<string, SeriesDto>? Growth { get; set; }
    [JsonPropertyName("parameters")] public ParametersDto? Parameters { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
}

internal sealed class SeriesDto
{
    [JsonPropertyName("file")] public string? File { get; set; }
    [JsonPropertyName("column")] public string? Column { get; set; }
    [JsonPropertyName("filter")] public Dictionary<string, string>? Filter { get; set; }
    [JsonPropertyName("aggregate")] public string? Aggregate { get; set; }
    [JsonPropertyName("seasonallyAdjusted")] public bool? SeasonallyAdjusted { get; set; }
    [JsonPropertyName("publicationLagMonths")] public int? PublicationLagMonths { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("annualRate")] public bool? AnnualRate { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }

    // Inventory of kind vacancyRate: the stock the rate is a fraction of.
    [JsonPropertyName("stock")] public SeriesDto? Stock { get; set; }
}

internal sealed class ParametersDto
{
    [JsonPropertyName("moneyEasyBp")] public int? MoneyEasyBp { get; set; }
    [JsonPropertyName("expansionMonths")] public int? ExpansionMonths { get; set; }
    [JsonPropertyName("inventoryFallMonths")] public int? InventoryFallMonths { get; set; }
    [JsonPropertyName("monthly")] public DatingDto? Monthly { get; set; }
    [JsonPropertyName("quarterly")] public DatingDto? Quarterly { get; set; }
}

internal sealed class DatingDto
{
    [JsonPropertyName("smoothingTerms")] public int? SmoothingTerms { get; set; }
    [JsonPropertyName("window")] public int? Window { get; set; }
    [JsonPropertyName("refineWindow")] public int? RefineWindow { get; set; }
    [JsonPropertyName("minPhase")] public int? MinPhase { get; set; }
    [JsonPropertyName("minCycle")] public int? MinCycle { get; set; }
    [JsonPropertyName("endCensor")] public int? EndCensor { get; set; }
    [JsonPropertyName("matchTolerance")] public int? MatchTolerance { get; set; }

    public DatingParameters Over(DatingParameters p) => new(
        SmoothingTerms ?? p.SmoothingTerms, Window ?? p.Window, RefineWindow ?? p.RefineWindow,
        MinPhase ?? p.MinPhase, MinCycle ?? p.MinCycle, EndCensor ?? p.EndCensor, MatchTolerance ?? p.MatchTolerance);
}
