using System.Net;
using System.Net.Http.Json;
using System.Text;
using Redev.Allocation;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>Schemes, register import, consents and previews through the API, on SQLite and on PostgreSQL.</summary>
public class SchemeApiTests
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_demo_schemes_are_listed_on_first_start(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "investor");

        var list = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes"));

        Assert.Equal(["demo-build", "demo-closed", "demo-draft", "demo-tkt"], list.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray());
        Assert.Equal(["building", "closed", "draft", "vested"], list.EnumerateArray().Select(s => s.GetProperty("state").GetString()).ToArray());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_convener_creates_a_scheme_and_imports_its_register(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "tkt-88", name = "88 Test Street", completionYear = 1962 }),
            HttpStatusCode.Created);

        var scheme = await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/tkt-88/register", Csv(Csvs.Good)));

        Assert.Equal(5, scheme.GetProperty("register").GetArrayLength());
        var lot = scheme.GetProperty("lots")[0];
        Assert.Equal(100, lot.GetProperty("countableShares").GetInt64());
        Assert.Equal(5, lot.GetProperty("commonShares").GetInt64());
        // Built 1962, 63 years old in 2026, outside the designated areas: 70%.
        Assert.Equal(70, lot.GetProperty("thresholdPercent").GetInt32());
        Assert.False(lot.GetProperty("thresholdRecorded").GetBoolean());
        Assert.Contains("Cap. 545", lot.GetProperty("thresholdSource").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_register_with_errors_lists_every_problem_by_line_and_saves_nothing(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");
        var before = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/demo-draft"));

        var r = await http.PostAsync("/api/schemes/demo-draft/register?fileName=tkt.csv", Csv(Csvs.Bad));

        var p = await ApiClient.ProblemAsync(r, HttpStatusCode.BadRequest, "register-invalid");
        var problems = p.GetProperty("problems").EnumerateArray().Select(x => x.GetProperty("text").GetString()).ToArray();
        Assert.Equal(
        [
            "tkt.csv:2: undivided_shares: is not a whole number (got \"forty\")",
            "tkt.csv:3: owner: is empty; only common-parts rows (use = common) may have no owner (got \"\")",
            "tkt.csv:5: owner_fraction: fractions of flat 1/F B sum to 2/3, not 1 (lines 4, 5) (got \"1/3 + 1/3\")",
        ], problems);
        var after = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/demo-draft"));
        Assert.Equal(before.GetProperty("register").GetRawText(), after.GetProperty("register").GetRawText());
    }

    [Fact]
    public async Task A_register_can_be_uploaded_as_a_multipart_file()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");
        using var form = new MultipartFormDataContent { { new StringContent(Csvs.Good), "file", "upload.csv" } };

        var scheme = await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/demo-draft/register", form));

        Assert.Equal(5, scheme.GetProperty("register").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_may_not_import_a_register_or_advance_a_scheme(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "chan");

        await ApiClient.ProblemAsync(await http.PostAsync("/api/schemes/demo-draft/register", Csv(Csvs.Good)), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/advance", new { to = "enrolling", deadline = "2099-01-01" }),
            HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "mine", name = "Mine", completionYear = 1960 }),
            HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_convener_opens_enrolment_with_a_deadline_and_the_threshold_is_recorded(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");

        var scheme = await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/advance",
            new { to = "enrolling", deadline = "2099-06-30", note = "40% applied" }));

        Assert.Equal("enrolling", scheme.GetProperty("state").GetString());
        Assert.Equal("2099-06-30", scheme.GetProperty("enrolmentDeadline").GetString());
        Assert.True(scheme.GetProperty("lots")[0].GetProperty("thresholdRecorded").GetBoolean());
        Assert.Equal("40% applied", scheme.GetProperty("history")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_move_the_lifecycle_does_not_allow_is_a_409_problem_naming_the_allowed_states()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var p = await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/advance", new { to = "completed" }),
            HttpStatusCode.Conflict, "bad-transition");

        Assert.Contains("Enrolling", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_consents_and_withdraws_for_themself_but_not_for_another(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "chan");

        var given = await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/consents", new { owner = "CHAN Tai Man" }));
        Assert.Contains(given.GetProperty("consents").EnumerateArray(), c => c.GetProperty("owner").GetString() == "CHAN Tai Man");
        var withdrawn = await ApiClient.JsonAsync(await http.DeleteAsync("/api/schemes/demo-draft/consents/CHAN%20Tai%20Man"));
        Assert.DoesNotContain(withdrawn.GetProperty("consents").EnumerateArray(), c => c.GetProperty("owner").GetString() == "CHAN Tai Man");

        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/consents", new { owner = "WONG Yuk Lan" }),
            HttpStatusCode.Forbidden, "not-your-holding");
    }

    [Fact]
    public async Task The_convener_records_anyones_consent_and_a_stranger_is_refused_by_name()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/consents", new { owner = "WONG Yuk Lan" }));
        var p = await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/schemes/demo-draft/consents", new { owner = "Nobody" }),
            HttpStatusCode.UnprocessableEntity, "unknown-owner");

        Assert.Contains("\"Nobody\"", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consents_to_a_vested_scheme_are_refused_with_the_reason()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "wong");

        await ApiClient.ProblemAsync(await http.DeleteAsync("/api/schemes/demo-tkt/consents/WONG%20Yuk%20Lan"), HttpStatusCode.Conflict, "not-enrolling");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_sees_their_own_allocation_under_both_policies_with_the_rounding_rule(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "chan");

        var p = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/demo-tkt/allocation/CHAN%20Tai%20Man"));

        var policies = p.GetProperty("policies").EnumerateArray().ToArray();
        Assert.Equal(["equity", "cost-in-kind"], policies.Select(x => x.GetProperty("policy").GetString()).ToArray());
        var expected = Allocator.Allocate(Redev.Store.Demo.DemoData.Register(), Redev.Store.Demo.DemoData.Equity(), out _)!.For("CHAN Tai Man")!;
        Assert.Equal(expected.Units.Value, policies[0].GetProperty("units").GetInt64());
        Assert.Equal(expected.Value.Value, policies[0].GetProperty("valueCents").GetInt64());
        Assert.True(policies[0].GetProperty("isSchemePolicy").GetBoolean());
        Assert.True(policies[1].GetProperty("units").GetInt64() > 0);
        Assert.Equal(AllocationResult.RoundingRule, p.GetProperty("roundingRule").GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_opening_another_owners_allocation_gets_403(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "chan");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/demo-tkt/allocation/WONG%20Yuk%20Lan"), HttpStatusCode.Forbidden, "not-your-holding");
    }

    [Fact]
    public async Task Terms_for_both_policies_show_both_in_the_preview_and_bad_amounts_are_named()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "t1", name = "T1", completionYear = 1962 }), HttpStatusCode.Created);
        await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/t1/register", Csv(Csvs.Good)));

        var bad = await ApiClient.ProblemAsync(await http.PutAsJsonAsync("/api/schemes/t1/terms",
            new { policy = "equity", issuePrice = "10.001", siteValue = "60000000", constructionCost = "50000000" }), HttpStatusCode.BadRequest, "bad-amount");
        Assert.Contains("issuePrice", bad.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiClient.JsonAsync(await http.PutAsJsonAsync("/api/schemes/t1/terms", new
        {
            policy = "cost-in-kind", issuePrice = "10", postValue = "200000000", commonBurden = "80000000",
            siteValue = "60000000", constructionCost = "50000000",
        }));
        var p = await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/t1/allocation/HO%20Mei%20Kuen"));

        var policies = p.GetProperty("policies").EnumerateArray().ToArray();
        // HO Mei Kuen holds 2/3 of 30 of the 100 owner-held shares, a weight of 1/5.
        // Equity: 60m x 1/5 / 10 = 1,200,000 units; cost-in-kind: (200m - 80m) x 1/5 / 10 = 2,400,000.
        Assert.Equal(1_200_000, policies[0].GetProperty("units").GetInt64());
        Assert.False(policies[0].GetProperty("isSchemePolicy").GetBoolean());
        Assert.Equal(2_400_000, policies[1].GetProperty("units").GetInt64());
        Assert.Equal(2_400_000_000, policies[1].GetProperty("valueCents").GetInt64());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var doc = await ApiClient.JsonAsync(await http.GetAsync("/openapi/v1.json"));

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var p in new[] { "/api/tokens", "/api/schemes", "/api/schemes/{id}", "/api/schemes/{id}/advance", "/api/schemes/{id}/register",
                     "/api/schemes/{id}/consents", "/api/schemes/{id}/terms", "/api/schemes/{id}/allocation/{owner}", "/api/schemes/{id}/owner-links" })
        {
            Assert.Contains(p, paths);
        }
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/no-such"), HttpStatusCode.NotFound, "no-scheme");
    }
}
