using System.Net;
using Redev.Store;
using Redev.Web.Tests.Pages;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>The public reads the market-cycle monitor without an account; who uploaded a market stays with staff.</summary>
public class PublicMarketPagesTests
{
    [Theory]
    [InlineData("en-HK")]
    [InlineData("zh-HK")]
    public async Task Anyone_reads_the_markets_and_a_dashboard_without_signing_in(string culture)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var list = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Markets", culture), HttpStatusCode.OK);
        var dashboard = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Markets/hong-kong", culture), HttpStatusCode.OK);

        Assert.Contains("<tr id=\"market-hong-kong\">", list, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-", dashboard, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-sign-in\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"upload-link\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_list_says_when_a_market_was_uploaded_but_not_by_whom()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var convener = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await convener.PostAsync("/api/markets", Markets.UsUpload("us-copy", "US copy")), HttpStatusCode.Created);
        using var stranger = f.Api();
        using var staff = await ApiClient.SignedInPageClientAsync(f, "convener");

        var seenByPublic = await PageText.HtmlAsync(await PageText.GetAsync(stranger, "/Markets", "en-HK"), HttpStatusCode.OK);
        var seenByStaff = await PageText.HtmlAsync(await PageText.GetAsync(staff, "/Markets", "en-HK"), HttpStatusCode.OK);

        Assert.Contains("Uploaded by convener", seenByStaff, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"market-us-copy\">", seenByPublic, StringComparison.Ordinal);
        Assert.DoesNotContain("convener", VisibleText.Of(seenByPublic), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Uploaded ", VisibleText.Of(seenByPublic), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_a_market_still_asks_a_stranger_to_sign_in()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var r = await http.GetAsync("/Markets/Upload");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Account/SignIn", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
