using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Allocation;
using Redev.Web.Localization;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Risk;

/// <summary>
/// Numbers at the precision they are known: simulated money to three significant figures, an exact
/// entitlement as whole fund units with the decimal only in a details section; in English and Chinese.
/// </summary>
public class OwnerNumbersTests
{
    // The culture is set by each test itself: a culture set inside an async helper does not flow back to its caller.
    private static void Use(string culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

    [Theory]
    [InlineData("en-HK")]
    [InlineData("zh-HK")]
    public void Simulated_money_has_three_significant_figures(string culture)
    {
        Use(culture);
        Assert.Equal("HK$7,840,000", Display.Simulated(784_297_002));
        Assert.Equal("HK$7,850,000", Display.Simulated(784_500_000)); // halves away from zero
        Assert.Equal("-HK$7,840,000", Display.Simulated(-784_297_002));
        Assert.Equal("HK$1,000", Display.Simulated(99_950));
        Assert.Equal("HK$842", Display.Simulated(84_237));
        Assert.Equal("HK$12.3", Display.Simulated(1_234));
        Assert.Equal("HK$0", Display.Simulated(0));
    }

    [Fact]
    public void An_exact_entitlement_reads_as_whole_units_and_a_cut_decimal()
    {
        var e = ExactUnits.Parse("205800000/281")!.Value;
        Assert.Equal(732_384, (long)e.Whole);
        Assert.Equal("732,384.3416…", e.Exactly(new CultureInfo("en-HK")));
        Assert.Equal("732,384.3416…", e.Exactly(new CultureInfo("zh-HK")));
        Assert.Equal("2.5", ExactUnits.Parse("10/4")!.Value.Exactly(CultureInfo.InvariantCulture)); // a decimal that ends has no "…"
        Assert.Equal(3, (long)ExactUnits.Parse("10/4")!.Value.Whole);
        Assert.Equal("7", ExactUnits.Parse("7")!.Value.Exactly(CultureInfo.InvariantCulture));
        Assert.Null(ExactUnits.Parse("7/0"));
        Assert.Null(ExactUnits.Parse("a/b"));
    }

    [Fact]
    public async Task The_owners_page_shows_simulated_money_rounded_and_entitlements_in_whole_units_in_both_languages()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var page = await ApiClient.SignedInPageClientAsync(f, "chan");
        const string Path = "/Schemes/demo-tkt/Allocation/CHAN%20Tai%20Man";

        var en = WebUtility.HtmlDecode(await page.GetStringAsync(Path));
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/culture?c=zh-HK&returnUrl=/")).StatusCode);
        var zh = WebUtility.HtmlDecode(await page.GetStringAsync(Path));

        foreach (var (html, about, exactly) in new[] { (en, "about ([\\d,]+) units", "exactly ([\\d,]+(\\.\\d+…?)?) units"), (zh, "約 ([\\d,]+) 個基金單位", "準確為 ([\\d,]+(\\.\\d+…?)?) 個基金單位") })
        {
            var percentiles = Regex.Match(html, "<table id=\"risk-percentiles\">.*?</table>", RegexOptions.Singleline).Value;
            var amounts = Regex.Matches(percentiles, "<td class=\"num\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(6, amounts.Count);
            Assert.All(amounts, AssertThreeFigures);
            AssertThreeFigures(Regex.Match(html, "id=\"risk-sale\">([^<]*)<").Groups[1].Value);
            // The entitlement: whole units in the text, the exact decimal only inside <details>, never a raw fraction.
            var entitlements = Regex.Matches(html, "<dd class=\"entitlement\">(.*?)</dd>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(entitlements);
            foreach (var dd in entitlements)
            {
                var main = dd[..dd.IndexOf("<details>", StringComparison.Ordinal)];
                Assert.Matches(about, main);
                Assert.Matches($"<details><summary>[^<]+</summary><p class=\"entitlement-exact\">{exactly}</p></details>", dd);
            }
            Assert.DoesNotMatch(@"\d+/\d+", string.Concat(Regex.Matches(html, "<section class=\"policy\".*?</section>", RegexOptions.Singleline).Select(m => m.Value)));
        }
        Assert.Contains("基金單位數目", zh, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\" id=\"risk-rounding\">Amounts worked out from the simulated futures are rounded to three significant figures", en, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\" id=\"risk-rounding\">由模擬情境計算出來的金額取三位有效數字", zh, StringComparison.Ordinal);
    }

    /// <summary>HK$ and an amount with at most three significant digits: HK$7,840,000, HK$842, HK$12.3.</summary>
    private static void AssertThreeFigures(string text)
    {
        Assert.Matches(@"^-?HK\$[\d,]+(\.\d+)?$", text);
        var digits = text[(text.IndexOf('$', StringComparison.Ordinal) + 1)..].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim('0');
        Assert.True(digits.Length <= 3, $"{text} has more than three significant figures");
    }
}
