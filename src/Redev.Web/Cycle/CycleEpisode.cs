namespace Redev.Web.Cycle;

/// <summary>One cycle episode and what the rules of docs/cycle.md found in it.</summary>
public sealed record CycleEpisode(
    string? VolumeTrough, string? InventoryPeak, string PriceTrough, bool? OrderHeld, int? YieldGapBpAtPriceTrough,
    IReadOnlyDictionary<string, int> CoreLeadMonths, bool? GrowthImproving);
