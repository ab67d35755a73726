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

    [Theory]
    [InlineData("zh-HK", "土地註冊處的住宅買賣合約數目")]
    [InlineData("en-HK", "Land Registry residential sale agreements")]
    public async Task A_shipped_markets_sources_are_said_in_the_pages_language_without_pointing_to_files(string culture, string source)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Markets/hong-kong", culture), HttpStatusCode.OK);

        var shown = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"hint\" id=\"market-source\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(source, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("translate=\"no\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_market_has_its_sources_in_both_languages()
    {
        var resources = Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources");
        var en = File.ReadAllText(Path.Combine(resources, "CycleResource.resx"));
        var zh = File.ReadAllText(Path.Combine(resources, "CycleResource.zh-HK.resx"));
        var ids = Directory.GetFiles(Markets.Folder, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            Assert.Contains($"<data name=\"MarketSource_{id}\"", en, StringComparison.Ordinal);
            Assert.Contains($"<data name=\"MarketSource_{id}\"", zh, StringComparison.Ordinal);
        }
    }
}
