using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Building;

/// <summary>
/// The building stage through the API, on both engines: reading the building and NAV, escrow deposits,
/// certification, appraisals and adopted valuations, the schedule review; each act refused to the roles
/// that may not do it (403) and the stage's guards as problems with their codes.
/// </summary>
public class BuildingApiTests
{
    private const string Demo = "demo-build";

    private static string Today => Redev.Schemes.Scheme.HongKongDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(int days) => Redev.Schemes.Scheme.HongKongDate(DateTimeOffset.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A three-milestone schedule from today on, as the terms endpoint takes it.</summary>
    public static string Schedule => $"Foundations | 25 | {Day(90)}; Superstructure | 50 | {Day(400)}; Occupation permit | 25 | {Day(800)}";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Everyone_reads_the_demo_building_and_its_nav(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");

        var b = await ApiClient.JsonAsync(await chan.GetAsync($"/api/schemes/{Demo}/building"));

        Assert.Equal("building", b.GetProperty("state").GetString());
        var milestones = b.GetProperty("milestones").EnumerateArray().ToArray();
        Assert.Equal(4, milestones.Length);
        Assert.Equal([true, true, false, false], milestones.Select(m => m.GetProperty("certified").GetBoolean()));
        Assert.Equal("certified", milestones[0].GetProperty("standing").GetString());
        Assert.Equal(64, milestones[0].GetProperty("evidence")[0].GetString()!.Length);
        Assert.Equal(b.GetProperty("committedCents").GetInt64(), b.GetProperty("depositedCents").GetInt64());
        Assert.Equal(b.GetProperty("depositedCents").GetInt64() - b.GetProperty("drawnCents").GetInt64(), b.GetProperty("escrowCents").GetInt64());
        Assert.Equal(milestones.Take(2).Sum(m => m.GetProperty("developerUnits").GetInt64()), b.GetProperty("developerUnitsIssued").GetInt64());
        Assert.True(b.GetProperty("developerUnitsTotal").GetInt64() > b.GetProperty("developerUnitsIssued").GetInt64());

        var nav = await ApiClient.JsonAsync(await chan.GetAsync($"/api/schemes/{Demo}/nav"));
        Assert.Equal(Today, nav.GetProperty("valuedOn").GetString());
        Assert.True(nav.GetProperty("navPerUnitCents").GetInt64() > 0);
        Assert.Single(nav.GetProperty("history").EnumerateArray());
        Assert.Equal(1000, nav.GetProperty("issuePriceCents").GetInt64());

        await ApiClient.ProblemAsync(await chan.GetAsync("/api/schemes/no-such/building"), HttpStatusCode.NotFound, "no-scheme");
        await ApiClient.ProblemAsync(await chan.GetAsync("/api/schemes/no-such/nav"), HttpStatusCode.NotFound, "no-scheme");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_certifier_certifies_the_next_milestone_once_and_in_order(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var certifier = await ApiClient.AsAsync(f, "certifier");
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var developer = await ApiClient.AsAsync(f, "developer");
        var body = new { evidence = new[] { Hash("frame certificate"), Hash("inspection report") }, payee = "Demo Builders Ltd" };
        var before = await ApiClient.JsonAsync(await developer.GetAsync($"/api/schemes/{Demo}/building"));

        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", body), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", body), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await developer.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", body), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/4/certification", body), HttpStatusCode.Conflict, "milestone-out-of-order");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", new { evidence = new[] { "not-a-hash" }, payee = "X" }),
            HttpStatusCode.BadRequest, "bad-evidence");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/9/certification", body), HttpStatusCode.BadRequest, "unknown-milestone");

        var c = await ApiClient.JsonAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", body));

        Assert.Equal(3, c.GetProperty("number").GetInt32());
        Assert.Equal("certifier", c.GetProperty("certifiedBy").GetString());
        Assert.Equal("Demo Builders Ltd", c.GetProperty("payee").GetString());
        Assert.False(c.GetProperty("replayed").GetBoolean());
        var expected = before.GetProperty("milestones")[2];
        Assert.Equal(expected.GetProperty("drawCents").GetInt64(), c.GetProperty("drawCents").GetInt64());
        Assert.Equal(expected.GetProperty("developerUnits").GetInt64(), c.GetProperty("developerUnits").GetInt64());
        var after = await ApiClient.JsonAsync(await developer.GetAsync($"/api/schemes/{Demo}/building"));
        Assert.Equal(before.GetProperty("developerUnitsIssued").GetInt64() + c.GetProperty("developerUnits").GetInt64(), after.GetProperty("developerUnitsIssued").GetInt64());
        Assert.Equal(before.GetProperty("escrowCents").GetInt64() - c.GetProperty("drawCents").GetInt64(), after.GetProperty("escrowCents").GetInt64());

        // The same certification again is a replay; another one of the same milestone is refused.
        var again = await ApiClient.JsonAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification", body));
        Assert.True(again.GetProperty("replayed").GetBoolean());
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync($"/api/schemes/{Demo}/milestones/3/certification",
            new { evidence = new[] { Hash("another certificate") }, payee = "Demo Builders Ltd" }), HttpStatusCode.Conflict, "already-certified");
        var final = await ApiClient.JsonAsync(await developer.GetAsync($"/api/schemes/{Demo}/building"));
        Assert.Equal(after.GetProperty("developerUnitsIssued").GetInt64(), final.GetProperty("developerUnitsIssued").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Building_starts_only_with_the_escrow_funded_and_a_scheme_vests_only_with_a_schedule(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var convener = await ApiClient.AsAsync(f, "convener");
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var certifier = await ApiClient.AsAsync(f, "certifier");

        await EnrolAsync(convener, "no-plan", milestones: null);
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync("/api/schemes/no-plan/advance", new { to = "vested" }), HttpStatusCode.Conflict, "no-schedule");

        await EnrolAsync(convener, "b-1", Schedule);
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync("/api/schemes/b-1/advance", new { to = "vested" }));
        var b = await ApiClient.JsonAsync(await convener.GetAsync("/api/schemes/b-1/building"));
        var committed = b.GetProperty("committedCents").GetInt64();
        Assert.Equal(3, b.GetProperty("milestones").GetArrayLength());
        Assert.Equal(0, b.GetProperty("depositedCents").GetInt64());

        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync("/api/schemes/b-1/advance", new { to = "building" }), HttpStatusCode.Conflict, "escrow-short");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = "1000", bankReference = "X-1" }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = "-5", bankReference = "X-1" }), HttpStatusCode.BadRequest, "bad-amount");
        var half = (committed / 2 / 100).ToString(CultureInfo.InvariantCulture);
        var d = await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = half, bankReference = "HSBC-1" }));
        Assert.Equal(committed / 2 / 100 * 100, d.GetProperty("depositedCents").GetInt64());
        Assert.False(d.GetProperty("replayed").GetBoolean());
        Assert.True((await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = half, bankReference = "HSBC-1" }))).GetProperty("replayed").GetBoolean());
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync("/api/schemes/b-1/advance", new { to = "building" }), HttpStatusCode.Conflict, "escrow-short");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync("/api/schemes/b-1/milestones/1/certification", new { evidence = new[] { Hash("a") }, payee = "P" }),
            HttpStatusCode.Conflict, "not-building");

        var rest = ((committed - d.GetProperty("depositedCents").GetInt64()) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = "999999999999", bankReference = "HSBC-9" }),
            HttpStatusCode.UnprocessableEntity, "deposit-exceeds-commitment");
        await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/b-1/escrow/deposits", new { amount = rest, bankReference = "HSBC-2" }));
        var building = await ApiClient.JsonAsync(await convener.PostAsJsonAsync("/api/schemes/b-1/advance", new { to = "building" }));
        Assert.Equal("building", building.GetProperty("state").GetString());
        var after = await ApiClient.JsonAsync(await convener.GetAsync("/api/schemes/b-1/building"));
        Assert.Equal(committed, after.GetProperty("escrowCents").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Three_appraisals_make_a_valuation_that_sets_nav(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var convener = await ApiClient.AsAsync(f, "convener");
        using var certifier = await ApiClient.AsAsync(f, "certifier");
        using var chan = await ApiClient.AsAsync(f, "chan");
        await EnrolAsync(convener, "v-1", Schedule);
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync("/api/schemes/v-1/advance", new { to = "vested" }));

        var before = await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/v-1/nav"));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("navPerUnitCents").ValueKind);
        Assert.Empty(before.GetProperty("history").EnumerateArray());

        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync("/api/schemes/v-1/appraisals", new { date = Today, appraiser = "A", value = "100000000", reportHash = Hash("A") }),
            HttpStatusCode.Forbidden, "forbidden");
        var first = await ApiClient.JsonAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/appraisals",
            new { date = Today, appraiser = "Surveyors A", value = "150000000", reportHash = Hash("A") }), HttpStatusCode.Created);
        Assert.Equal(15_000_000_000, first.GetProperty("valueCents").GetInt64());
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/appraisals",
            new { date = Today, appraiser = "Surveyors A", value = "150000000", reportHash = Hash("A2") }), HttpStatusCode.Conflict, "appraisal-recorded");
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/valuations", new { date = Today }), HttpStatusCode.UnprocessableEntity, "too-few-appraisals");
        await ApiClient.JsonAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/appraisals",
            new { date = Today, appraiser = "Surveyors B", value = "140000000", reportHash = Hash("B") }), HttpStatusCode.Created);
        await ApiClient.JsonAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/appraisals",
            new { date = Today, appraiser = "Surveyors C", value = "145000000", reportHash = Hash("C") }), HttpStatusCode.Created);
        Assert.Equal(3, (await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/v-1/building"))).GetProperty("pendingAppraisals").GetArrayLength());
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync("/api/schemes/v-1/valuations", new { date = Today }), HttpStatusCode.Forbidden, "forbidden");

        var adopted = await ApiClient.JsonAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/valuations", new { date = Today }), HttpStatusCode.Created);

        Assert.Equal(14_500_000_000, adopted.GetProperty("adoptedValueCents").GetInt64());
        var nav = await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/v-1/nav"));
        Assert.Equal(adopted.GetProperty("navPerUnitCents").GetInt64(), nav.GetProperty("navPerUnitCents").GetInt64());
        Assert.Equal(Today, nav.GetProperty("valuedOn").GetString());
        Assert.Single(nav.GetProperty("history").EnumerateArray());
        // Adopting the same date again answers the valuation adopted; a late appraisal of that date is refused.
        var again = await ApiClient.JsonAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/valuations", new { date = Today }), HttpStatusCode.Created);
        Assert.Equal(adopted.GetProperty("adoptedAt").GetString(), again.GetProperty("adoptedAt").GetString());
        Assert.Single((await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/v-1/nav"))).GetProperty("history").EnumerateArray());
        await ApiClient.ProblemAsync(await certifier.PostAsJsonAsync("/api/schemes/v-1/appraisals",
            new { date = Today, appraiser = "Surveyors D", value = "146000000", reportHash = Hash("D") }), HttpStatusCode.Conflict, "valuation-adopted");
        // The holder's holdings are valued at the adopted NAV now, no longer at the issue price.
        var holding = (await ApiClient.JsonAsync(await convener.GetAsync("/api/holdings?holder=CHAN%20Tai%20Man"))).EnumerateArray().Single(h => h.GetProperty("scheme").GetString() == "v-1");
        Assert.False(holding.GetProperty("navIsIssuePrice").GetBoolean());
        Assert.Equal(nav.GetProperty("navPerUnitCents").GetInt64(), holding.GetProperty("navCents").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_schedule_review_is_for_the_convener_and_the_certifier(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var certifier = await ApiClient.AsAsync(f, "certifier");
        using var convener = await ApiClient.AsAsync(f, "convener");
        using var developer = await ApiClient.AsAsync(f, "developer");

        Assert.Empty((await ApiClient.JsonAsync(await certifier.PostAsync($"/api/schemes/{Demo}/schedule/review", null))).EnumerateArray());
        Assert.Empty((await ApiClient.JsonAsync(await convener.PostAsync($"/api/schemes/{Demo}/schedule/review", null))).EnumerateArray());
        await ApiClient.ProblemAsync(await developer.PostAsync($"/api/schemes/{Demo}/schedule/review", null), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await certifier.PostAsync("/api/schemes/no-such/schedule/review", null), HttpStatusCode.NotFound, "no-scheme");
    }

    /// <summary>A scheme with the demo register and equity terms, enrolling with every owner but the hold-outs consenting.</summary>
    private static async Task EnrolAsync(HttpClient convener, string id, string? milestones)
    {
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync("/api/schemes", new { id, name = "Building " + id, completionYear = 1962 }), HttpStatusCode.Created);
        await ApiClient.JsonAsync(await convener.PostAsync($"/api/schemes/{id}/register", new StringContent(DemoData.RegisterCsvText(), Encoding.UTF8, "text/csv")));
        await ApiClient.JsonAsync(await convener.PutAsJsonAsync($"/api/schemes/{id}/terms",
            new { policy = "equity", issuePrice = "10", siteValue = "168000000", constructionCost = "150000000", milestones }));
        foreach (var owner in DemoData.Register().Owners.Where(o => !DemoData.HoldOuts.Contains(o)))
        {
            await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{id}/consents", new { owner }));
        }
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{id}/advance", new { to = "enrolling", deadline = Day(60) }));
    }
}
