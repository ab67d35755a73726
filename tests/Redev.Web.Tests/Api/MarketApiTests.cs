using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Redev.App;
using Redev.App.Markets;
using Redev.App.Risk;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>The market-cycle monitor's API: the market list, signals as the CLI prints them, and the convener's upload.</summary>
public class MarketApiTests
{
    private static async Task<string> CliSignalsAsync(params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Redev.Cli.Cli.RunAsync(["cycle", "signals", "--market", Path.Combine(Markets.Folder, "united-states.json"), "--json", .. more],
            output, error, TimeProvider.System);
        Assert.True(code == 0, error.ToString());
        return output.ToString().TrimEnd();
    }

    [Fact]
    public async Task The_shipped_markets_are_listed_with_their_dashboards()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "investor");

        var list = await ApiClient.JsonAsync(await http.GetAsync("/api/markets"));

        Assert.Equal(["hong-kong", "japan", "united-states"], list.EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray());
        var us = list.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "united-states");
        Assert.Equal("United States (new homes)", us.GetProperty("name").GetString());
        Assert.Equal("shipped", us.GetProperty("origin").GetString());
        Assert.Equal("/Markets/united-states", us.GetProperty("dashboard").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2011-06")]
    public async Task A_shipped_markets_signals_are_the_json_the_cli_prints(string? asOf)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");

        var r = await http.GetAsync("/api/markets/united-states/signals" + (asOf is null ? "" : "?asOf=" + asOf));

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        var expected = asOf is null ? await CliSignalsAsync() : await CliSignalsAsync("--as-of", asOf);
        Assert.Equal(expected, (await r.Content.ReadAsStringAsync()).TrimEnd());
    }

    [Fact]
    public async Task Signals_for_a_month_that_is_not_a_month_are_a_problem_naming_the_field()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "investor");

        var p = await ApiClient.ProblemAsync(await http.GetAsync("/api/markets/japan/signals?asOf=June-2011"), HttpStatusCode.BadRequest, "bad-month");

        Assert.Equal("asOf", p.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Signals_as_of_a_month_still_to_come_are_a_problem_not_a_reading()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "investor");

        var p = await ApiClient.ProblemAsync(await http.GetAsync("/api/markets/united-states/signals?asOf=9999-12"), HttpStatusCode.BadRequest, "bad-month");

        Assert.Contains("after this month", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_as_of_a_month_before_any_figures_is_served_without_a_reading()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "investor");

        var r = await http.GetAsync("/Markets/united-states?asOf=1900-01");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task A_market_name_with_markup_reaches_the_pages_and_charts_as_text_only()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var convener = await ApiClient.AsAsync(f, "convener");
        const string name = "<script>alert('x')</script> & <b>bold</b>";
        await ApiClient.JsonAsync(await convener.PostAsync("/api/markets", Markets.UsUpload("markup", name)), HttpStatusCode.Created);
        using var http = await ApiClient.SignedInPageClientAsync(f, "investor");

        var dashboard = await http.GetStringAsync("/Markets/markup");
        var list = await http.GetStringAsync("/Markets");

        foreach (var html in new[] { dashboard, list })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        }
        Assert.Contains("&lt;script&gt;", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_as_of_a_month_still_to_come_says_so_and_shows_the_latest_month()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "investor");

        var r = await http.GetAsync("/Markets/united-states?asOf=9999-12");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("has not come yet", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_convener_uploads_a_market_that_then_reads_as_the_same_files_do_from_disk(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");

        var created = await ApiClient.JsonAsync(await http.PostAsync("/api/markets", Markets.UsUpload("us-copy", "US copy")), HttpStatusCode.Created);

        Assert.Equal("/Markets/us-copy", created.GetProperty("dashboard").GetString());
        var list = await ApiClient.JsonAsync(await http.GetAsync("/api/markets"));
        var item = list.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "us-copy");
        Assert.Equal("uploaded", item.GetProperty("origin").GetString());
        Assert.Equal("convener", item.GetProperty("uploadedBy").GetString());
        var signals = await (await http.GetAsync("/api/markets/us-copy/signals?asOf=2012-06")).Content.ReadAsStringAsync();
        var shipped = await CliSignalsAsync("--as-of", "2012-06");
        Assert.Equal(shipped.Replace("\"market\": \"United States (new homes)\"", "\"market\": \"US copy\"", StringComparison.Ordinal), signals.TrimEnd());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_upload_with_a_bad_line_is_a_problem_naming_file_and_line_and_stores_nothing(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("bad-market"), "id" },
            { new StringContent("""{ "name": "Bad", "price": { "file": "prices.csv" }, "yield10y": { "file": "yield.csv" } }"""), "market" },
            { new StringContent("date,value\n2020-01-01,100\n2020-02-01,101\n"), "files", "prices.csv" },
            { new StringContent(Markets.BadSeries), "files", "yield.csv" },
        };

        var r = await http.PostAsync("/api/markets", form);

        var p = await ApiClient.ProblemAsync(r, HttpStatusCode.BadRequest, "market-invalid");
        Assert.Equal(["yield.csv:3: value: not a number (got \"abc\")"],
            p.GetProperty("problems").EnumerateArray().Select(x => x.GetProperty("text").GetString()).ToArray());
        var list = await ApiClient.JsonAsync(await http.GetAsync("/api/markets"));
        Assert.DoesNotContain(list.EnumerateArray(), m => m.GetProperty("id").GetString() == "bad-market");
        Assert.Equal(0, await f.Services.GetRequiredService<RedevApp>().Store.Markets.CountFilesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_upload_under_a_shipped_markets_name_is_refused_as_a_conflict()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        await ApiClient.ProblemAsync(await http.PostAsync("/api/markets", Markets.UsUpload("japan", "Not Japan")), HttpStatusCode.Conflict, "market-exists");
    }

    [Fact]
    public async Task An_owner_may_not_upload_a_market()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");

        var r = await http.PostAsync("/api/markets", Markets.UsUpload("chan-market", "Chan's"));

        await ApiClient.ProblemAsync(r, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(0, await f.Services.GetRequiredService<RedevApp>().Store.Markets.CountFilesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_market_is_a_not_found_problem()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "investor");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/markets/atlantis/signals"), HttpStatusCode.NotFound, "no-market");
    }
}
