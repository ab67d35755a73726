using System.Text.Json;

namespace Redev.Cli.Tests;

/// <summary><c>redev risk run --scheme</c> compares each owner with their own URA-style offer, by occupancy and use.</summary>
public class RiskOfferCommandTests
{
    private const string Register = """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use,occupancy
        1/F,40,400,A,1,3000000,,residential,owner-occupied
        2/F,30,400,B,1,3000000,,residential,tenanted
        G/F Shop,30,600,D,1,6000000,,shop,
        """;

    private static Task<string> StoredSchemeAsync() => StoredSchemes.DraftAsync("offer-1", Register, "12000000", "6000000");

    [Fact]
    public async Task Each_owner_gets_their_own_offer_from_the_stored_occupancy_and_the_locality_price()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "offer-1", "--seven-year-flat-psf", "10000", "--paths", "4096", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.DoesNotContain("ESTIMATE", run.Err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Out);
        var offers = doc.RootElement.GetProperty("owners").EnumerateArray()
            .ToDictionary(o => o.GetProperty("owner").GetString()!, o => (Offer: o.GetProperty("acquisitionOfferHkd").GetDecimal(), Basis: o.GetProperty("offerBasis").GetString()!));
        // A seven-year-old 400 sq ft flat nearby: 4m. A lives there; B lets it (half the 1m allowance); D's shop: +10%.
        Assert.Equal(4_000_000m, offers["A"].Offer);
        Assert.Equal(3_500_000m, offers["B"].Offer);
        Assert.Equal(6_600_000m, offers["D"].Offer);
        Assert.Contains("tenanted flat: market value + 50% of the home purchase allowance", offers["B"].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_locality_price_the_offers_are_flagged_as_estimates_and_the_table_shows_each_owners_offer()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "offer-1", "--paths", "4096");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("ESTIMATE: no locality price of a seven-year-old flat was given (--seven-year-flat-psf HKD)", run.Err, StringComparison.Ordinal);
        Assert.Contains("Each owner's own URA-style offer today", run.Out, StringComparison.Ordinal);
        Assert.Contains("A: HK$6,000,000.00", run.Out, StringComparison.Ordinal); // notional flat at 2 × 3m market value
        Assert.Contains("B: HK$4,500,000.00", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_locality_price_is_refused_before_anything_runs()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "offer-1", "--seven-year-flat-psf", "-5");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("error: --seven-year-flat-psf: must be a positive HKD amount with at most 2 decimals (got \"-5\")", run.Err, StringComparison.Ordinal);
    }
}
