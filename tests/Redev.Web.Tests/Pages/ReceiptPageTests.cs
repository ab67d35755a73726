using System.Net;
using Redev.Store;
using Redev.Web.Hosting;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The owner's receipt as a page to read and print, and the holdings page without key blocks; staff hold nothing.</summary>
public class ReceiptPageTests
{
    private const string WongsReceipt = "/Holdings/Receipt?scheme=demo-tkt&holder=WONG%20Yuk%20Lan";

    [Theory]
    [InlineData("en-HK", "Ledger receipt", "Download the receipt (JSON)")]
    [InlineData("zh-HK", "分類帳收據", "下載收據（JSON）")]
    public async Task The_receipt_page_reads_in_the_owners_language_with_the_json_and_how_to_check_it(string culture, string title, string download)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, WongsReceipt, culture), HttpStatusCode.OK);

        Assert.Contains($"<h1 id=\"receipt-title\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(download, html, StringComparison.Ordinal);
        Assert.Contains("redev ledger verify-receipt", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Holdings?handler=Receipt&amp;scheme=demo-tkt&amp;holder=WONG%20Yuk%20Lan\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN PUBLIC KEY", html, StringComparison.Ordinal);
        var json = await http.GetAsync("/Holdings?handler=Receipt&scheme=demo-tkt&holder=WONG%20Yuk%20Lan");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_style_sheet_prints_the_receipt_without_the_menus()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var css = await http.GetStringAsync(StyleSheet.Path);

        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains(".no-print", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_holdings_page_links_to_the_key_and_the_receipt_instead_of_showing_a_key_block()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Holdings", "zh-HK"), HttpStatusCode.OK);

        Assert.DoesNotContain("BEGIN PUBLIC KEY", html, StringComparison.Ordinal);
        Assert.Contains("class=\"button receipt-page-link\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"notary-key-download\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-holdings\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_owners_receipt_page_is_refused()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var r = await http.GetAsync(WongsReceipt);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Account/Denied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convener")]
    [InlineData("notary")]
    public async Task Staff_have_no_holdings_page_or_link_but_may_look_at_a_holders(string user)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, user);

        var schemes = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes", "en-HK"), HttpStatusCode.OK);
        Assert.DoesNotContain("id=\"nav-holdings\"", schemes, StringComparison.Ordinal);
        await PageText.HtmlAsync(await PageText.GetAsync(http, "/Holdings", "en-HK"), HttpStatusCode.NotFound);
        await PageText.HtmlAsync(await PageText.GetAsync(http, "/Holdings?holder=WONG%20Yuk%20Lan", "en-HK"), HttpStatusCode.OK);
    }
}
