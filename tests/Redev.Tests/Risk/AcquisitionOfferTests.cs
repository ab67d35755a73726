using Redev.Primitives;
using Redev.Registers;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>Each owner's URA-style offer follows the flat's use and the owner's occupancy (docs/risk.md, "The URA-style offer").</summary>
public class AcquisitionOfferTests
{
    // 400 sq ft flats worth 3m; a seven-year-old flat nearby costs HK$10,000 a sq ft, 4m: a home purchase allowance of 1m.
    private static RiskModel Model(double supplementary = 0.5, double business = 0.1, bool withPrice = true)
    {
        var csv = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use,occupancy\n" +
            "1/F A,10,400,OWNER,1,3000000,,residential,owner-occupied\n" +
            "1/F B,10,400,LANDLORD,1,3000000,,residential,tenanted\n" +
            "2/F A,10,400,AWAY,1,3000000,,residential,vacant\n" +
            "2/F B,10,400,UNSTATED,1,3000000,,residential,\n" +
            "3/F A,10,400,HALF1,1/2,3000000,,residential,owner-occupied\n" +
            "3/F A,10,400,HALF2,1/2,3000000,,residential,tenanted\n" +
            "3/F B,10,400,DEAR,1,5000000,,residential,owner-occupied\n" +
            "G/F,20,600,SHOP,1,6000000,,shop,owner-occupied\n" +
            "1/F C,10,400,DESK,1,2000000,,office,owner-occupied\n";
        var parsed = RegisterCsv.Parse("reg.csv", csv);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        var scenario = RiskScenarios.Certain() with
        {
            SevenYearOldFlatPerSqft = withPrice ? Cents.FromDollars(10_000) : null,
            SupplementaryAllowanceShare = supplementary,
            BusinessAllowanceShare = business,
        };
        var model = RiskModel.Build("test.json", scenario, parsed.Register!, out var problems);
        Assert.True(model is not null, string.Join("\n", problems));
        return model!;
    }

    private static long Offer(RiskModel m, string owner) => m.Owners.Single(o => o.Owner == owner).AcquisitionOffer.Value;

    [Fact]
    public void An_owner_occupier_is_offered_the_price_of_a_seven_year_old_flat_of_the_same_size_nearby()
    {
        var m = Model();
        Assert.Equal(400_000_000, Offer(m, "OWNER")); // 3m + (400 × 10,000 − 3m)
        Assert.Equal(400_000_000, Offer(m, "UNSTATED")); // not stated: taken as owner-occupied
        Assert.Equal(500_000_000, Offer(m, "DEAR")); // worth more than the notional flat: no allowance, never less than market value
        Assert.Contains("owner-occupied flat: market value + home purchase allowance", m.Owners.Single(o => o.Owner == "OWNER").OfferBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Tenanted_and_vacant_flats_get_the_stated_share_of_the_allowance()
    {
        var m = Model();
        Assert.Equal(350_000_000, Offer(m, "LANDLORD"));
        Assert.Equal(350_000_000, Offer(m, "AWAY"));
        Assert.Equal(325_000_000, Offer(Model(supplementary: 0.25), "LANDLORD"));
        // Co-owners of one flat: each their fraction, each by their own occupancy.
        Assert.Equal(200_000_000, Offer(m, "HALF1"));
        Assert.Equal(175_000_000, Offer(m, "HALF2"));
    }

    [Fact]
    public void A_shop_gets_market_value_plus_the_business_allowance_and_other_uses_market_value()
    {
        var m = Model();
        Assert.Equal(660_000_000, Offer(m, "SHOP"));
        Assert.Equal(720_000_000, Offer(Model(business: 0.2), "SHOP"));
        Assert.Equal(200_000_000, Offer(m, "DESK"));
    }

    [Fact]
    public void Without_a_locality_price_the_seven_year_old_flat_is_estimated_as_the_stated_multiple_and_said_so()
    {
        var m = Model(withPrice: false);
        Assert.Equal(600_000_000, Offer(m, "OWNER"));
        Assert.Equal(450_000_000, Offer(m, "LANDLORD"));
        Assert.Contains("estimated at 2 × market value", m.Owners.Single(o => o.Owner == "OWNER").OfferBasis, StringComparison.Ordinal);
    }
}
