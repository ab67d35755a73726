using System.Text.Json.Serialization;

namespace Redev.Cycle;

internal sealed class ParametersDto
{
    [JsonPropertyName("moneyEasyBp")] public int? MoneyEasyBp { get; set; }
    [JsonPropertyName("expansionMonths")] public int? ExpansionMonths { get; set; }
    [JsonPropertyName("inventoryFallMonths")] public int? InventoryFallMonths { get; set; }
    [JsonPropertyName("monthly")] public DatingDto? Monthly { get; set; }
    [JsonPropertyName("quarterly")] public DatingDto? Quarterly { get; set; }
}
