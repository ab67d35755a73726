using System.Text.Json.Serialization;

namespace Redev.Cycle;

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
