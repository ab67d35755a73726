using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Redev.Risk;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Schemes;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Risk;

/// <summary>The risk preview compares each owner with their own URA-style offer, set by the flat's use and their occupancy.</summary>
public class RiskOfferTests
{
    private static async Task<WebFactory> SchemeAsync()
    {
        var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "occ-1", name = "1 Occupancy Row", completionYear = 1962 }), HttpStatusCode.Created);
        var csv = string.Join('\n', Csvs.Header + ",occupancy",
            "G/F Shop,40,700,Golden Harvest Ltd,1,15000000,,shop,",
            "1/F A,30,450,CHAN Siu Ming,1,4000000,,residential,owner-occupied",
            "1/F B,30,450,HO Chi Keung,1,4000000,,residential,tenanted") + "\n";
        await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/occ-1/register", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")));
        await ApiClient.JsonAsync(await http.PutAsJsonAsync("/api/schemes/occ-1/terms",
            new { policy = "equity", siteValue = "23000000", constructionCost = "12000000", issuePrice = "10" }));
        return f;
    }

    [Fact]
    public async Task Each_owner_is_shown_their_own_offer_and_how_it_is_reached_and_the_warning_counts_owners_one_by_one()
    {
        await using var f = await SchemeAsync();
        using var http = await ApiClient.AsAsync(f, "convener");

        var chan = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/occ-1/risk?owner=CHAN%20Siu%20Ming"));
        var ho = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/occ-1/risk?owner=HO%20Chi%20Keung"));
        var shop = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/occ-1/risk?owner=Golden%20Harvest%20Ltd"));

        // No locality price configured: the notional seven-year-old flat is 2 × market value (an estimate, said in the basis).
        Assert.Equal(800_000_000, chan.GetProperty("acquisitionOffer").GetProperty("cents").GetInt64());
        Assert.Equal(600_000_000, ho.GetProperty("acquisitionOffer").GetProperty("cents").GetInt64());
        Assert.Equal(1_650_000_000, shop.GetProperty("acquisitionOffer").GetProperty("cents").GetInt64());
        Assert.Contains("tenanted flat: market value + 50% of the home purchase allowance", ho.GetProperty("offerBasis").GetString(), StringComparison.Ordinal);

        var s = await f.Services.GetRequiredService<Redev.App.RedevApp>().Store.Schemes.GetAsync(SchemeId.Parse("occ-1"));
        var now = f.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var report = RiskEngine.Run(SchemeRiskModel.Build(s!, RiskDefaults.Standard, now, null, out _)!.Model, RiskDefaults.Standard.WebPaths, RiskDefaults.Standard.Seed);
        var below = report.Owners.Count(o => o.Outcome!.P50 < o.OfferGrown);
        Assert.Equal(below, chan.GetProperty("ownersBelowOwnOffer").GetInt32());
        Assert.Equal(3, chan.GetProperty("consentingOwners").GetInt32());
        Assert.Equal(2 * below > 3, chan.GetProperty("ownersMedianBelowOffer").GetBoolean());
        Assert.Equal(report.For("CHAN Siu Ming")!.Outcome!.P50 < report.For("CHAN Siu Ming")!.OfferGrown, chan.GetProperty("medianBelowOwnOffer").GetBoolean());
    }

    [Fact]
    public async Task A_hold_out_of_a_vested_scheme_is_told_their_shares_were_bought_not_that_they_are_unknown()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        // The demo scheme is vested; LAM Kwok Wing never consented.
        var p = await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/demo-tkt/risk?owner=LAM%20Kwok%20Wing"), HttpStatusCode.Conflict, "hold-out");
        Assert.Contains("bought at the compulsory sale", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_page_shows_the_owners_own_offer_and_its_basis()
    {
        await using var f = await SchemeAsync();
        using var page = await ApiClient.SignedInPageClientAsync(f, "convener");

        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/Schemes/occ-1/Allocation/HO%20Chi%20Keung"));

        Assert.Contains("id=\"risk-offer-basis\"", html, StringComparison.Ordinal);
        Assert.Contains("1/F B (tenanted flat: market value + 50% of the home purchase allowance", html, StringComparison.Ordinal);
        Assert.Contains("HK$6,000,000.00", html, StringComparison.Ordinal);
    }
}
