using System.Net;
using System.Text.RegularExpressions;
using Redev.Charts;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>A market's page in each language: titles in that language only, and a table of each chart's figures beside it.</summary>
public class MarketPageFiguresTests
{
    [Fact]
    public async Task The_Hong_Kong_page_names_the_market_in_the_pages_language_and_shows_each_charts_figures()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var page = await ApiClient.SignedInPageClientAsync(f, "investor");

        var en = WebUtility.HtmlDecode(await page.GetStringAsync("/Markets/hong-kong"));
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/culture?c=zh-HK&returnUrl=/")).StatusCode);
        var zh = WebUtility.HtmlDecode(await page.GetStringAsync("/Markets/hong-kong"));

        Assert.Contains("<h1 id=\"market-name\">Hong Kong</h1>", en, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"market-name\">香港</h1>", zh, StringComparison.Ordinal);
        // No caption mixes languages ("Hong Kong：全國及核心城市樓價").
        var captions = Regex.Matches(zh, "<figcaption id=\"caption-[^\"]+\"><strong>([^<]*)</strong>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(captions);
        Assert.All(captions, c => Assert.StartsWith("香港：", c, StringComparison.Ordinal));
        foreach (var (html, caption, latest) in new[] { (en, "Hong Kong: sales (volume): the figures", "Latest"), (zh, "香港：成交量：數字", "最新") })
        {
            Assert.DoesNotContain(html, ChartText.IsRadical);
            var table = Regex.Match(html, "<table id=\"figures-volume\">.*?</table>", RegexOptions.Singleline).Value;
            Assert.Contains($"<caption>{caption}</caption>", table, StringComparison.Ordinal);
            Assert.Contains($">{latest}</th>", table, StringComparison.Ordinal);
            Assert.Matches("<td class=\"num\">[\\d,.]+ ?[（(][^<]+[)）]</td>", table);
            Assert.Contains("class=\"chart-phone\"", html, StringComparison.Ordinal); // the phone drawing is there for narrow screens
        }
    }
}
