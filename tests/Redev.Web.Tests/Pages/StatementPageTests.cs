using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>A holder's statement as a page in both languages, its CSV download, who may read it, and the links to it.</summary>
public class StatementPageTests
{
    private const string WongsStatement = "/Schemes/demo-tkt/Statement?holder=WONG%20Yuk%20Lan";

    [Theory]
    [InlineData("en-HK", "Statement", "Closing fund units", "No valuation yet", "HKT (UTC+08:00)", "Download CSV")]
    [InlineData("zh-HK", "持有人結單", "期末基金單位", "尚未有估值", "香港時間 (UTC+08:00)", "下載 CSV")]
    public async Task The_statement_reads_in_the_holders_language_with_the_period_in_hong_kong_time_and_no_invented_nav(
        string culture, string title, string closing, string noNav, string hkt, string csv)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, WongsStatement, culture), HttpStatusCode.OK);

        Assert.Contains($"<h1 id=\"statement-title\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(closing, html, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-no-nav\"", html, StringComparison.Ordinal);
        Assert.Contains(noNav, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"statement-value\"", html, StringComparison.Ordinal);
        Assert.Contains(hkt, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(csv, html, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-check\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-receipt\"", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"statement-movements\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-HK", "2026年11月30日", "（首尾兩日包括在內，香港日期）")]
    [InlineData("en-HK", "30 November 2026", ", both days included (Hong Kong dates)")]
    public async Task The_period_is_asked_and_shown_by_its_last_day_included(string culture, string lastDay, string included)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var html = WebUtility.HtmlDecode(await PageText.HtmlAsync(
            await PageText.GetAsync(http, WongsStatement + "&from=2026-01-01&until=2026-11-30", culture), HttpStatusCode.OK));

        var period = System.Text.RegularExpressions.Regex.Match(html, "<dd id=\"statement-period\">(.*?)</dd>").Groups[1].Value;
        Assert.Contains(lastDay, period, StringComparison.Ordinal);
        Assert.EndsWith(included, period, StringComparison.Ordinal);
        Assert.Contains("name=\"until\" value=\"2026-11-30\"", html, StringComparison.Ordinal);
        // The CSV keeps the statement's own rule: the day after the last, excluded.
        Assert.Contains("from=2026-01-01&to=2026-12-01", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK", "When (HKT),Code,Description,")]
    [InlineData("zh-HK", "時間（香港時間）,類別,說明,")]
    public async Task The_csv_download_is_in_the_pages_language(string culture, string heading)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var r = await PageText.GetAsync(http, WongsStatement + "&handler=Csv", culture);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(heading, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valued_scheme_shows_the_nav_at_the_end_and_the_value_to_the_cent()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-build/Statement?holder=CHEUNG%20Sai%20Cheong", "en-HK"), HttpStatusCode.OK);

        Assert.Contains("id=\"statement-nav\">HK$10.08", html, StringComparison.Ordinal);
        Assert.Matches("id=\"statement-value\">HK\\$[0-9,]+\\.[0-9]{2}<", html);
    }

    [Fact]
    public async Task Another_holders_statement_is_refused_and_an_unknown_holder_or_a_bad_date_is_said_on_the_page()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.SignedInPageClientAsync(f, "chan");
        using var convener = await ApiClient.SignedInPageClientAsync(f, "convener");

        var refused = await chan.GetAsync(WongsStatement);
        var unknown = await PageText.HtmlAsync(await PageText.GetAsync(convener, "/Schemes/demo-tkt/Statement?holder=NOBODY", "zh-HK"), HttpStatusCode.NotFound);
        var badDate = await PageText.HtmlAsync(await PageText.GetAsync(convener, WongsStatement + "&from=2026-02-30", "en-HK"), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("持有人 NOBODY 在重建計劃 demo-tkt 沒有帳戶。", unknown, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-error\"", badDate, StringComparison.Ordinal);
        Assert.Contains("2026-02-30", badDate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holdings_and_the_staff_pages_that_list_holders_link_to_statements()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var wong = await ApiClient.SignedInPageClientAsync(f, "wong");
        using var convener = await ApiClient.SignedInPageClientAsync(f, "convener");
        using var notary = await ApiClient.SignedInPageClientAsync(f, "notary");

        var holdings = await PageText.HtmlAsync(await PageText.GetAsync(wong, "/Holdings", "en-HK"), HttpStatusCode.OK);
        var scheme = await PageText.HtmlAsync(await PageText.GetAsync(convener, "/Schemes/demo-tkt", "en-HK"), HttpStatusCode.OK);
        var owners = await PageText.HtmlAsync(await PageText.GetAsync(notary, "/Schemes/demo-tkt/Owners", "en-HK"), HttpStatusCode.OK);
        var draft = await PageText.HtmlAsync(await PageText.GetAsync(convener, "/Schemes/demo-draft", "en-HK"), HttpStatusCode.OK);

        Assert.Contains("class=\"statement-link\" href=\"/Schemes/demo-tkt/Statement?holder=WONG%20Yuk%20Lan\"", holdings, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-holder-choice\"", scheme, StringComparison.Ordinal);
        Assert.Contains("class=\"statement-link\" href=\"/Schemes/demo-tkt/Statement?holder=", owners, StringComparison.Ordinal);
        // A draft has no ledger yet, so nothing to state.
        Assert.DoesNotContain("id=\"statement-holder-choice\"", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_style_sheet_lays_the_statement_on_a4_and_keeps_rows_whole()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var css = await http.GetStringAsync(Redev.Web.Hosting.StyleSheet.Path);

        Assert.Contains("size: A4", css, StringComparison.Ordinal);
        Assert.Contains(".statement thead { display: table-header-group; }", css, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", css, StringComparison.Ordinal);
    }
}
