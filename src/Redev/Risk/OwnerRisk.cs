using Redev.Primitives;

namespace Redev.Risk;

/// <summary>
/// One owner's risk: what they would hold and the range of what it may be worth at completion,
/// beside the two cash alternatives grown at the deposit rate to the planned completion date.
/// </summary>
public sealed record OwnerRisk(
    string Owner,
    long Units,
    Cents MarketValue,
    Cents AcquisitionOffer,
    Cents SaleGrown,
    Cents OfferGrown,
    OutcomeSummary? Outcome,
    double ProbabilityBelowSale,
    double ProbabilityBelowOffer,
    bool HoldOut)
{
    /// <summary>How this owner's own offer was reached, flat by flat (<see cref="OwnerPosition.OfferBasis"/>).</summary>
    public string OfferBasis { get; init; } = "";
}
