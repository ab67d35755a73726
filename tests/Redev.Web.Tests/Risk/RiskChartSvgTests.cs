using System.Net;
using System.Text.RegularExpressions;
using Redev.Charts;
using Redev.Primitives;
using Redev.Risk;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Risk;

/// <summary>The owner's histogram as inline SVG for the page.</summary>
public partial class RiskChartSvgTests
{
    private static readonly OwnerHistogram Histogram = new("CHAN Tai Man", [1_000_000, 2_000_000, 3_000_000], [0.4, 0.6], new Cents(150_000_000), new Cents(250_000_000));

    [Fact]
    public void The_svg_carries_its_text_alternative_as_an_accessible_name_and_scales_with_the_page()
    {
        var svg = RiskCharts.HistogramSvg(Histogram, HistogramLabels.English(Histogram), "Bar chart: half the futures lie between A & B");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Bar chart: half the futures lie between A &amp; B\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>Bar chart: half the futures lie between A &amp; B</title>", svg, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(svg, "viewBox="));
        Assert.Contains("clip-path=\"url(#risk-histogram-", svg, StringComparison.Ordinal); // ids unique on a page of several charts
    }

    [Fact]
    public void Chinese_labels_are_drawn_in_a_font_that_has_their_glyphs()
    {
        var labels = new HistogramLabels("落成時你可能得到多少", "預計落成日的港元", "情境所佔比例", "今天出售", "收購建議");

        var svg = RiskCharts.HistogramSvg(Histogram, labels, "棒形圖");

        // A glyph the font lacks is dropped and leaves its text element with no positions (x="").
        Assert.DoesNotContain("x=\"\"", svg, StringComparison.Ordinal);
        Assert.Contains("預計落成日的港元", svg, StringComparison.Ordinal); // the axis label (the title is the page's heading)
    }

    [Fact]
    public async Task The_preview_pages_histogram_ticks_are_short_amounts_in_the_pages_language_and_its_table_keeps_three_figures()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var page = await ApiClient.SignedInPageClientAsync(f, "chan");
        const string Path = "/Schemes/demo-tkt/Allocation/CHAN%20Tai%20Man";

        var en = await page.GetStringAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/culture?c=zh-HK&returnUrl=/")).StatusCode);
        var zh = await page.GetStringAsync(Path);

        foreach (var (html, tick) in new[] { (en, EnglishTick()), (zh, ChineseTick()) })
        {
            foreach (var drawing in new[] { "chart-desktop", "chart-phone" })
            {
                var svg = Regex.Match(html, $"<div class=\"{drawing}\">\\s*(<svg.*?</svg>)", RegexOptions.Singleline).Groups[1].Value;
                Assert.NotEmpty(svg);
                // The bottom ticks: the one row of several texts that are an amount alone.
                var ticks = SvgText.All(svg).Where(t => !t.Rotated && AmountAlone().IsMatch(t.Text)).GroupBy(t => Math.Round(t.Y))
                    .MaxBy(row => row.Count())?.Select(t => t.Text).ToList() ?? [];
                Assert.True(ticks.Count >= 2, $"{drawing}: too few amount ticks: {string.Join(" | ", ticks)}");
                Assert.All(ticks, t => Assert.Matches(tick, t));
                Assert.DoesNotMatch(FullAmountTick(), string.Join("\n", ticks));
            }
            // Beside the chart, its figures in full, to the three significant figures every simulated amount is given in.
            var bins = Regex.Match(WebUtility.HtmlDecode(html), "<table id=\"risk-bins\">.*?</table>", RegexOptions.Singleline).Value;
            var amounts = Regex.Matches(bins, @"-?HK\$[\d,]+(\.\d+)?").Select(m => m.Value).ToList();
            Assert.NotEmpty(amounts);
            Assert.All(amounts, a => Assert.True(a[(a.IndexOf('$', StringComparison.Ordinal) + 1)..].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim('0').Length <= 3, a));
            Assert.Contains(amounts, a => a.Length >= "HK$1,000,000".Length); // written out, not HK$7.8M
        }
    }

    [GeneratedRegex(@"^-?(HK\$)?\d[\d,.]*[^\d%\s]{0,2}$")]
    private static partial Regex AmountAlone();

    [GeneratedRegex(@"\d{1,3}(,\d{3}){2,}|\d{7,}")]
    private static partial Regex FullAmountTick();

    [GeneratedRegex(@"^-?HK\$(0|\d{1,3}(\.\d{1,3})?[KMB])$")]
    private static partial Regex EnglishTick();

    [GeneratedRegex(@"^-?HK\$(0|\d{1,3}(,\d{3})?(\.\d{1,3})?[萬億])$")]
    private static partial Regex ChineseTick();
}
