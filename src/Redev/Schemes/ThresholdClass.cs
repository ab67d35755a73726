namespace Redev.Schemes;

/// <summary>One class of lot and the share of consents it needs, as the law's table states it.</summary>
public sealed record ThresholdClass(
    string Id,
    string Description,
    int ThresholdPercent,
    int? MinAge = null,
    int? MaxAge = null,
    bool? DesignatedArea = null,
    bool? Industrial = null,
    bool? OutsideIndustrialZone = null,
    bool? EveryUnitOver10Percent = null)
{
    internal bool Matches(LotFacts facts, int age, bool everyUnitOver10Percent) =>
        (MinAge is not { } min || age >= min)
        && (MaxAge is not { } max || age <= max)
        && (DesignatedArea is not { } d || d == facts.DesignatedArea)
        && (Industrial is not { } i || i == facts.Industrial)
        && (OutsideIndustrialZone is not { } o || o == facts.OutsideIndustrialZone)
        && (EveryUnitOver10Percent is not { } e || e == everyUnitOver10Percent);
}
