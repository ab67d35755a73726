using Redev.Primitives;

namespace Redev.Risk;

/// <summary>
/// What one owner brings and is offered: the units they would hold, and the two cash alternatives
/// valued today (selling at the appraised market value; a URA-style acquisition offer).
/// </summary>
/// <param name="Units">Units allocated exactly by <see cref="Allocation.Allocator"/>; zero for a hold-out.</param>
/// <param name="MarketValue">The owner's share of their flats' appraised values (the sale-today alternative).</param>
/// <param name="AcquisitionOffer">The owner's own URA-style offer: per flat, market value plus the allowance its use and the owner's occupancy give (<see cref="Risk.AcquisitionOffer"/>).</param>
/// <param name="HoldOut">True when the owner does not consent and is bought out at the compulsory-sale price.</param>
public sealed record OwnerPosition(string Owner, long Units, Cents MarketValue, Cents AcquisitionOffer, bool HoldOut)
{
    /// <summary>How the offer was reached, flat by flat, in words, so an owner can check it against their own case.</summary>
    public string OfferBasis { get; init; } = "";
}
