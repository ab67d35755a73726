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
