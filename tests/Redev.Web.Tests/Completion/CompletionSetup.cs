using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Completion;

/// <summary>
/// Brings the demo's building scheme to completion through the API, as the certifier and the convener would:
/// the last two milestones certified, a completion valuation adopted the next day, the scheme advanced. The
/// clock is the test's, so a test can then let the choice window's deadline pass.
/// </summary>
public static class CompletionSetup
{
    public const string Scheme = "demo-build";

    /// <summary>Six flats: three worth HK$8,000,000 and three worth HK$6,000,000 (each the median of three appraisals).</summary>
    public const string Flats = """
        flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3
        3A,3,520,7900000,8000000,8100000
        3B,3,520,7950000,8000000,8050000
        5A,5,520,7800000,8000000,8200000
        6A,6,390,5900000,6000000,6100000
        6B,6,390,5950000,6000000,6050000
        7A,7,390,5800000,6000000,6200000
        """;

    public static string Today(TimeProvider clock, int plusDays = 0) =>
        Redev.Schemes.Scheme.HongKongDate(clock.GetUtcNow()).AddDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A fresh app on <paramref name="kind"/> whose clock the test moves, started now.</summary>
    public static async Task<(WebFactory App, ManualClock Clock)> StartAsync(Redev.Store.StoreKind kind)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        return (await WebFactory.StartAsync(kind, clock: clock), clock);
    }

    /// <summary>Certifies milestones 3 and 4, adopts a valuation the day after and advances the scheme to completed.</summary>
    public static async Task CompleteAsync(WebFactory f, ManualClock clock)
    {
        using var certifier = await ApiClient.AsAsync(f, "certifier");
        using var convener = await ApiClient.AsAsync(f, "convener");
        await CompleteAsync(certifier, convener, clock);
    }

    public static async Task CompleteAsync(HttpClient certifier, HttpClient convener, ManualClock clock)
    {
        ArgumentNullException.ThrowIfNull(certifier);
        ArgumentNullException.ThrowIfNull(convener);
        ArgumentNullException.ThrowIfNull(clock);
        foreach (var (milestone, evidence) in new[] { ("3", "topping out certificate"), ("4", "occupation permit") })
        {
            await ApiClient.JsonAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Scheme}/milestones/{milestone}/certification",
                new { evidence = new[] { Hash(evidence) }, payee = "Demo Builders Ltd" }));
        }
        // The completion valuation is one adopted after the last milestone, so it is a new day's.
        clock.Advance(TimeSpan.FromDays(1));
        foreach (var (firm, value) in new[] { ("Completion Surveyors A", "238000000"), ("Completion Surveyors B", "245000000"), ("Completion Surveyors C", "251000000") })
        {
            await ApiClient.JsonAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Scheme}/appraisals",
                new { date = Today(clock), appraiser = firm, value, reportHash = Hash(firm) }), System.Net.HttpStatusCode.Created);
        }
        await ApiClient.JsonAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Scheme}/valuations", new { date = Today(clock) }), System.Net.HttpStatusCode.Created);
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{Scheme}/advance", new { to = "completed" }));
    }

    /// <summary>
    /// From a completed scheme to an operating income fund, through the API: the register imported, a three-day window
    /// in which the convener records the developer's choice to stay in the income fund (everyone else falls to cash), the
    /// window closed, flat 3A kept and the other five sold, half of escrow paid out to the cash holders by a payout the
    /// notary approves, and the scheme advanced to operating. The developer is then the fund's only holder.
    /// </summary>
    public static async Task OperateAsync(HttpClient convener, HttpClient notary, ManualClock clock)
    {
        ArgumentNullException.ThrowIfNull(convener);
        ArgumentNullException.ThrowIfNull(notary);
        ArgumentNullException.ThrowIfNull(clock);
        const string api = "/api/schemes/" + Scheme + "/completion";
        await ApiClient.JsonAsync(await ImportAsync(convener, Flats));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/window", new { deadline = Today(clock, 3), @default = "cash" }));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/choices", new { holder = "@developer", choice = "income" }));
        clock.Advance(TimeSpan.FromDays(4));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/window/close", new { }));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/flats/3A/keep", new { }));
        foreach (var flat in new[] { "3B", "5A", "6A", "6B", "7A" })
        {
            await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/flats/{flat}/sale", new { price = "6500000", costs = "50000", buyer = "Buyer " + flat, bankReference = "SALE-" + flat }));
        }
        var escrow = (await ApiClient.JsonAsync(await convener.GetAsync(api))).GetProperty("escrowCents").GetInt64();
        var proposed = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{api}/payouts",
            new { kind = "sale", amount = (escrow / 2 / 100).ToString(CultureInfo.InvariantCulture) }));
        await ApiClient.JsonAsync(await notary.PostAsJsonAsync($"{api}/payouts/{proposed.GetProperty("key").GetString()}/approve",
            new { batchSha256 = proposed.GetProperty("batchSha256").GetString() }));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{Scheme}/advance", new { to = "operating" }));
    }

    /// <summary>The new building's register sent as text/csv.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient convener, string csv, string fileName = "new-building.csv")
    {
        ArgumentNullException.ThrowIfNull(convener);
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await convener.PostAsync($"/api/schemes/{Scheme}/completion/flats?fileName={Uri.EscapeDataString(fileName)}", body);
    }
}
