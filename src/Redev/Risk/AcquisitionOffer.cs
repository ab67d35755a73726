using System.Globalization;
using System.Numerics;
using Redev.Primitives;
using Redev.Registers;

namespace Redev.Risk;

/// <summary>
/// The URA-style acquisition offer for one owner's stake in one flat, by what the flat is used for and
/// how the owner uses it (docs/risk.md, "The URA-style offer"): an owner-occupier of a flat is offered
/// its market value plus the home purchase allowance (HPA: a notional seven-year-old flat of the same
/// size in the same locality, less the market value), so they can buy such a flat; a tenanted or
/// vacant flat gets market value plus a stated share of the HPA; a shop market value plus a business
/// allowance; anything else market value. Exact in rationals; the caller rounds once to the cent.
/// </summary>
public static class AcquisitionOffer
{
    /// <summary>The offer for <paramref name="stake"/> in <paramref name="flat"/>, and the rule that gave it in words.</summary>
    public static (Rational Offer, string Rule) For(Flat flat, OwnerStake stake, RiskScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(flat);
        ArgumentNullException.ThrowIfNull(stake);
        ArgumentNullException.ThrowIfNull(scenario);
        var value = flat.AppraisedValue!.Value.Dollars * stake.Fraction;
        switch (flat.Use)
        {
            case FlatUse.Residential:
                Rational notional;
                string basis;
                if (scenario.SevenYearOldFlatPerSqft is { } psf && flat.SaleableAreaSqft is { } area)
                {
                    notional = psf.Dollars * Exact(area) * stake.Fraction;
                    basis = "";
                }
                else
                {
                    // No locality price: the notional flat is estimated as a multiple of the market value.
                    notional = value * Exact(scenario.AcquisitionOfferMultiple);
                    basis = string.Create(CultureInfo.InvariantCulture, $", the seven-year-old flat estimated at {scenario.AcquisitionOfferMultiple:0.##} × market value");
                }
                var allowance = notional > value ? notional - value : Rational.Zero;
                if (stake.Occupancy is null or Occupancy.OwnerOccupied)
                {
                    var who = stake.Occupancy is null ? "flat of unstated occupancy, taken as owner-occupied" : "owner-occupied flat";
                    return (value + allowance, $"{who}: market value + home purchase allowance{basis}");
                }
                var share = scenario.SupplementaryAllowanceShare;
                return (value + allowance * Exact(share), string.Create(CultureInfo.InvariantCulture,
                    $"{Occupancies.Name(stake.Occupancy.Value)} flat: market value + {share:0.##%} of the home purchase allowance{basis}"));
            case FlatUse.Shop:
                return (value * (Rational.One + Exact(scenario.BusinessAllowanceShare)), string.Create(CultureInfo.InvariantCulture,
                    $"shop: market value + business allowance of {scenario.BusinessAllowanceShare:0.##%} of market value"));
            default:
                return (value, $"{flat.Use.ToString().ToLowerInvariant()}: market value");
        }
    }

    /// <summary>A stated parameter kept to six decimals, so offers stay exact in cents.</summary>
    private static Rational Exact(double x) => new(new BigInteger(Math.Round(x * 1e6)), 1_000_000);

    private static Rational Exact(decimal x) => new(new BigInteger(decimal.Round(x * 1_000_000m)), 1_000_000);
}
