using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Redev.App;
using Redev.App.Markets;
using Redev.App.Risk;
using Redev.Risk;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Risk;
using Redev.Web.Schemes;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary><c>GET /api/schemes/{id}/risk?owner=</c>: an owner's risk summary, their own only.</summary>
public class RiskApiTests
{
    private const string Chan = "/api/schemes/demo-tkt/risk?owner=CHAN%20Tai%20Man";

    /// <summary>The engine run directly on the stored scheme, as the web should have run it.</summary>
    private static async Task<RiskReport> EngineAsync(WebFactory f, string scheme)
    {
        var s = (await f.Services.GetRequiredService<RedevApp>().Store.Schemes.GetAsync(SchemeId.Parse(scheme)))!;
        var now = f.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var model = SchemeRiskModel.Build(s!, RiskDefaults.Standard, now, null, out var refusal);
        Assert.True(model is not null, refusal?.Message);
        return RiskEngine.Run(model!.Model, RiskDefaults.Standard.WebPaths, RiskDefaults.Standard.Seed);
    }

    [Fact]
    public async Task An_owner_gets_their_own_risk_summary_with_percentiles_in_order_and_the_seed_shown()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");

        var r = await ApiClient.JsonAsync(await http.GetAsync(Chan));

        Assert.Equal("CHAN Tai Man", r.GetProperty("owner").GetString());
        Assert.Equal(20_000, r.GetProperty("paths").GetInt64());
        Assert.Equal(RiskDefaults.Standard.Seed, r.GetProperty("seed").GetUInt64());
        var o = r.GetProperty("outcome");
        var cents = new[] { "p5", "p25", "p50", "p75", "p95" }.Select(k => o.GetProperty(k).GetProperty("cents").GetInt64()).ToArray();
        Assert.Equal(cents.Order(), cents);
        Assert.True(o.GetProperty("expectedShortfall5").GetProperty("cents").GetInt64() <= cents[0]);
        Assert.InRange(r.GetProperty("probabilityBelowSale").GetDouble(), 0, 1);
        Assert.Equal(60, r.GetProperty("histogram").GetProperty("shares").GetArrayLength());
        Assert.Equal(0, r.GetProperty("assumptions").GetProperty("estimatedFlats").GetInt32()); // the demo register is appraised
    }

    [Fact]
    public async Task The_sentences_N_is_a_hundred_times_the_engines_probability_of_ending_below_selling_today_rounded()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");

        var r = await ApiClient.JsonAsync(await http.GetAsync(Chan));
        var engine = (await EngineAsync(f, "demo-tkt")).For("CHAN Tai Man")!;

        Assert.Equal(engine.ProbabilityBelowSale, r.GetProperty("probabilityBelowSale").GetDouble());
        Assert.Equal((int)Math.Round(100 * engine.ProbabilityBelowSale, MidpointRounding.AwayFromZero), r.GetProperty("futuresIn100BelowSale").GetInt32());
        Assert.Equal(engine.Outcome!.P50.Value, r.GetProperty("outcome").GetProperty("p50").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task An_owner_asking_for_another_owners_risk_gets_403()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/demo-tkt/risk?owner=WONG%20Yuk%20Lan"), HttpStatusCode.Forbidden, "not-your-holding");
    }

    [Fact]
    public async Task The_convener_may_see_any_owners_risk_and_an_unknown_owner_is_404()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var r = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/demo-tkt/risk?owner=WONG%20Yuk%20Lan"));
        Assert.Equal("WONG Yuk Lan", r.GetProperty("owner").GetString());
        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/demo-tkt/risk?owner=Nobody"), HttpStatusCode.NotFound, "no-owner");
    }

    [Fact]
    public async Task A_missing_owner_is_a_400_naming_the_parameter()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var p = await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/demo-tkt/risk"), HttpStatusCode.BadRequest, "bad-input");
        Assert.Equal("owner", p.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_scheme_without_a_register_is_a_409_with_the_reason()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "bare", name = "Bare", completionYear = 1962 }), HttpStatusCode.Created);

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/bare/risk?owner=A"), HttpStatusCode.Conflict, "no-register");
    }

    [Fact]
    public async Task Cash_figures_of_unappraised_flats_are_estimated_from_the_site_value_and_flagged_for_their_owners_only()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "est-1", name = "1 Estimate Lane", completionYear = 1962 }), HttpStatusCode.Created);
        var csv = string.Join('\n', Csvs.Header,
            "G/F Shop,40,700,Golden Harvest Ltd,1,15000000,,shop",
            "1/F A,30,450,CHAN Siu Ming,1,,,residential",
            "1/F B,30,450,HO Chi Keung,1,,,residential") + "\n";
        await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/est-1/register", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")));
        await ApiClient.JsonAsync(await http.PutAsJsonAsync("/api/schemes/est-1/terms",
            new { policy = "equity", siteValue = "20000000", constructionCost = "10000000", issuePrice = "10" }));

        var chan = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/est-1/risk?owner=CHAN%20Siu%20Ming"));
        var shop = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/est-1/risk?owner=Golden%20Harvest%20Ltd"));

        Assert.True(chan.GetProperty("cashEstimated").GetBoolean());
        Assert.Equal(600_000_000, chan.GetProperty("marketValue").GetProperty("cents").GetInt64()); // 30 of 100 shares of HK$20,000,000
        Assert.Equal((2, 3), (chan.GetProperty("assumptions").GetProperty("estimatedFlats").GetInt32(), chan.GetProperty("assumptions").GetProperty("flats").GetInt32()));
        Assert.False(shop.GetProperty("cashEstimated").GetBoolean());
        Assert.Equal(1_500_000_000, shop.GetProperty("marketValue").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task The_report_is_computed_once_per_scheme_and_a_consent_does_not_rerun_it()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var convener = await ApiClient.AsAsync(f, "convener");
        var risks = f.Services.GetRequiredService<RedevApp>().Risks;

        var first = await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/demo-draft/risk?owner=CHAN%20Tai%20Man"));
        await ApiClient.JsonAsync(await convener.GetAsync("/api/schemes/demo-draft/risk?owner=WONG%20Yuk%20Lan"));
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/schemes/demo-draft/consents", new { owner = "CHAN Tai Man" }));
        var again = await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/demo-draft/risk?owner=CHAN%20Tai%20Man"));

        Assert.Equal(1, risks.Runs);
        Assert.Equal(first.GetRawText(), again.GetRawText());
    }

    [Fact]
    public async Task A_configured_market_file_sets_the_starting_regime_from_the_cycle_monitors_verdict()
    {
        var market = Path.Combine(RepoRoot.Path, "data", "markets", "hong-kong.json");
        var parsed = Redev.Cycle.MarketFile.Parse(market, await File.ReadAllTextAsync(market), p => File.Exists(p) ? File.ReadAllText(p) : null);
        var expected = MarketRegimes.FromVerdict(Redev.Cycle.CycleMonitor.Evaluate(parsed.Market!).Current!.Verdict);
        await using var plain = await WebFactory.StartAsync(StoreKind.Sqlite);
        await using var f = plain.WithWebHostBuilder(b => b.UseSetting("Redev:RiskMarket", market));
        using var http = f.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await ApiClient.TokenAsync(http, "chan"));

        var r = await ApiClient.JsonAsync(await http.GetAsync(Chan));

        var a = r.GetProperty("assumptions");
        Assert.Equal(MarketRegimes.Name(expected!.Value), a.GetProperty("startingRegime").GetString());
        Assert.StartsWith("Hong Kong ", a.GetProperty("startingRegimeSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_risk_endpoint_is_in_the_OpenAPI_document()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var doc = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var op = doc.GetProperty("paths").GetProperty("/api/schemes/{id}/risk").GetProperty("get");
        Assert.Contains("Risk", op.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(op.GetProperty("responses").TryGetProperty("403", out _));
    }
}
