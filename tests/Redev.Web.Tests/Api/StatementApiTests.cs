using System.Net;
using System.Text.Json;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary><c>GET /api/schemes/{id}/statements/{holder}</c> and its CSV on both engines: who may read whose, the refusals, the figures adding up.</summary>
public class StatementApiTests
{
    private const string Wongs = "/api/schemes/demo-tkt/statements/WONG%20Yuk%20Lan";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_holder_reads_their_statement_whose_movements_add_up_and_no_one_elses(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var wong = await ApiClient.AsAsync(f, "wong");
        using var convener = await ApiClient.AsAsync(f, "convener");

        var s = await ApiClient.JsonAsync(await wong.GetAsync(Wongs));
        await ApiClient.ProblemAsync(await wong.GetAsync("/api/schemes/demo-tkt/statements/CHAN%20Tai%20Man"), HttpStatusCode.Forbidden, "not-your-holding");
        var staff = await ApiClient.JsonAsync(await convener.GetAsync(Wongs));

        var sum = s.GetProperty("movements").EnumerateArray().Sum(m => m.GetProperty("unitsIn").GetInt64() - m.GetProperty("unitsOut").GetInt64());
        Assert.Equal(s.GetProperty("closingUnits").GetInt64(), s.GetProperty("openingUnits").GetInt64() + sum);
        Assert.True(s.GetProperty("closingUnits").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("nav").ValueKind);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("valueCents").ValueKind);
        Assert.EndsWith("+08:00", s.GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.Equal(s.GetProperty("closingUnits").GetInt64(), staff.GetProperty("closingUnits").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Unknown_holders_and_bad_dates_are_problems_with_their_codes(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var convener = await ApiClient.AsAsync(f, "convener");

        await ApiClient.ProblemAsync(await convener.GetAsync("/api/schemes/demo-tkt/statements/NOBODY"), HttpStatusCode.NotFound, "unknown-holder");
        await ApiClient.ProblemAsync(await convener.GetAsync("/api/schemes/no-such/statements/NOBODY"), HttpStatusCode.NotFound, "no-scheme");
        await ApiClient.ProblemAsync(await convener.GetAsync(Wongs + "?from=01/11/2026"), HttpStatusCode.BadRequest, "bad-statement-date");
        await ApiClient.ProblemAsync(await convener.GetAsync(Wongs + "?from=2026-11-20&to=2026-11-01"), HttpStatusCode.BadRequest, "bad-period");
        await ApiClient.ProblemAsync(await convener.GetAsync(Wongs + "/csv?lang=fr"), HttpStatusCode.BadRequest, "bad-input");
    }

    [Fact]
    public async Task The_csv_variant_is_text_csv_with_headings_in_the_language_asked_for()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var wong = await ApiClient.AsAsync(f, "wong");

        var en = await wong.GetAsync(Wongs + "/csv");
        var zh = await wong.GetAsync(Wongs + "/csv?lang=zh-HK");

        Assert.Equal("text/csv", en.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("When (HKT),", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var text = await zh.Content.ReadAsStringAsync();
        Assert.StartsWith("時間（香港時間）,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n項目,數值\r\n", text, StringComparison.Ordinal);
    }
}
