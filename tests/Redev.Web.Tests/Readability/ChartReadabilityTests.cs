using System.Globalization;
using Redev.Charts;
using Redev.Cycle;
using Redev.Primitives;
using Redev.Risk;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Readability;

/// <summary>
/// Scans the charts' SVG as a reader's browser would draw it, at desktop and phone sizes, in English
/// and Chinese: no CJK radical-block characters, every text (legends too) inside the viewBox, bottom
/// tick labels that do not overlap, and shares of futures in %.
/// </summary>
public partial class ChartReadabilityTests
{
    // U+2F47 and U+2F50 look like 日 and 比 but are Kangxi radicals (text pasted from PDFs carries them).
    private const string Sun = "\u2F47";
    private const string Compare = "\u2F50";

    private static CycleReport Market(string file)
    {
        var path = Path.Combine(Markets.Folder, file);
        var parsed = MarketFile.Parse(path, File.ReadAllText(path), p => File.Exists(p) ? File.ReadAllText(p) : null);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        return CycleMonitor.Evaluate(parsed.Market!);
    }

    private static CycleChartTexts Chinese { get; } = CycleChartTexts.English with
    {
        Volume = m => $"{m}：成交量",
        Inventory = m => $"{m}：未售樓宇存量（以月銷量計）",
        Prices = m => $"{m}：整體市場及核心地區樓價",
        Spread = m => $"{m}：資金是否寬鬆？（第 3 條）",
        Growth = m => $"{m}：經濟增長預期",
        SpreadLine = $"十年期債息減核心通脹（基點，{Compare}較）",
        Limit = bp => $"上限 {bp} 基點：等於或低於即資金寬鬆",
        SeriesName = n => $"{Sun}本樓價{Compare}較：{n}",
    };

    private static HistogramLabels ChineseHistogram(CultureInfo culture) =>
        new($"落成時你可能得到多少（{Sun}期）", "落成日的港元（中間 99%）", "情境所佔比例", "今天出售: HK$7,840,000", $"收購建議{Compare}較: HK$9,010,000")
        {
            Culture = culture,
            Amounts = CompactAmounts.Parse("10000 萬; 100000000 億"),
        };

    private static OwnerHistogram Histogram()
    {
        // A wide spread, up to HK$18 million: the labels "18,000,000" crowded and were cut at the right.
        var edges = Enumerable.Range(0, 41).Select(i => 2_000_000.0 + i * 400_000).ToArray();
        var shares = Enumerable.Range(0, 40).Select(i => Math.Exp(-Math.Pow(i - 14, 2) / 60)).ToArray();
        var total = shares.Sum();
        return new("CHAN Tai Man", edges, shares.Select(s => s / total).ToArray(), new Cents(784_297_002), new Cents(901_000_000));
    }

    public static TheoryData<string, bool> CycleCases => new()
    {
        { "hong-kong.json", false }, { "hong-kong.json", true }, { "united-states.json", false }, { "united-states.json", true }, { "japan.json", true },
    };

    [Theory]
    [MemberData(nameof(CycleCases))]
    public void Every_cycle_chart_reads_at_desktop_and_phone_widths(string market, bool chinese)
    {
        var charts = CycleCharts.Svgs(Market(market), chinese ? Chinese : CycleChartTexts.English);

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Readable(chart.Svg, $"{market} {chart.Name} desktop", ChartSize.Desktop);
            Readable(chart.PhoneSvg, $"{market} {chart.Name} phone", ChartSize.Phone);
            Assert.DoesNotContain(chart.Title, ChartText.IsRadical);
            Assert.All(chart.Summary, s => Assert.DoesNotContain(s.Series, ChartText.IsRadical));
            if (chinese)
            {
                // The radicals became the ideographs (the spread chart's legend is its own line, not a series name). A long
                // legend may wrap anywhere, its lines drawn as separate texts, so each ideograph is looked for on its own.
                Assert.Contains("比", chart.Svg, StringComparison.Ordinal);
                if (chart.Name != "spread")
                {
                    Assert.Contains("日本樓價", chart.Svg, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("en-HK", false)]
    [InlineData("zh-HK", true)]
    public void The_owners_histogram_reads_at_desktop_and_phone_widths_with_shares_in_percent(string culture, bool chinese)
    {
        var h = Histogram();
        var c = new CultureInfo(culture);
        var labels = chinese ? ChineseHistogram(c) : HistogramLabels.English(h) with { Culture = c };

        foreach (var size in new[] { ChartSize.DesktopHistogram, ChartSize.Phone })
        {
            var svg = RiskCharts.HistogramSvg(h, labels, chinese ? $"棒形圖（{Sun}期）" : "Bar chart", size, "h");
            var texts = Readable(svg, $"histogram {culture} {size}", size);
            Assert.True(texts.Count(t => PercentTick().IsMatch(t.Text)) >= 3, $"too few % tick labels at {size}: {string.Join(" | ", texts.Select(t => t.Text))}");
            Assert.DoesNotContain(texts, t => Fraction().IsMatch(t.Text));
            Assert.Contains(texts, t => t.Text.StartsWith(chinese ? "今天出售" : "sell today", StringComparison.Ordinal)); // the legend is drawn...
            Assert.Contains(texts, t => t.Text.StartsWith(chinese ? "收購建議比較" : "URA-style offer", StringComparison.Ordinal)); // ...both lines of it
        }
    }

    [Theory]
    [InlineData("en-HK", false)]
    [InlineData("zh-HK", true)]
    public void The_owners_histogram_writes_its_amount_ticks_short_at_round_values_in_the_readers_units(string culture, bool chinese)
    {
        var h = Histogram();
        var c = new CultureInfo(culture);
        var labels = chinese ? ChineseHistogram(c) : HistogramLabels.English(h) with { Culture = c };

        foreach (var size in new[] { ChartSize.DesktopHistogram, ChartSize.Phone })
        {
            var svg = RiskCharts.HistogramSvg(h, labels, "Bar chart", size, "h");
            // The bottom tick labels: the one row of several amounts standing alone (the left axis's ticks are one to a row,
            // and so are the legend's lines, an amount among them when its line wraps).
            var texts = Readable(svg, $"histogram {culture} {size}", size);
            var ticks = texts.Where(t => !t.Rotated && AmountAlone().IsMatch(t.Text)).GroupBy(t => Math.Round(t.Y))
                .MaxBy(row => row.Count())?.Select(t => t.Text).ToList() ?? [];
            var all = string.Join(" | ", texts.Select(t => t.Text));
            // A phone has room for fewer labels: two round amounts (HK$500萬 and HK$1,500萬) rather than crowded ones.
            Assert.True(ticks.Count >= (size == ChartSize.Phone ? 2 : 3), $"too few amount ticks at {size}: {all}");
            Assert.DoesNotContain(ticks, t => FullAmount().IsMatch(t));
            Assert.All(ticks, t => Assert.Matches(chinese ? ChineseCompactTick() : EnglishCompactTick(), t));
            // Round values: across this spread of 16 million a tick is a whole number of its unit or half of one (HK$2.5M), never HK$2.37M.
            Assert.All(ticks, t => Assert.DoesNotMatch(@"\.\d*[1-46-9]|\.\d{2,}", t));
        }
    }

    [Theory]
    [InlineData(7_800_000, "HK$7.8M", "HK$780萬")]
    [InlineData(18_000_000, "HK$18M", "HK$1,800萬")]
    [InlineData(250_000_000, "HK$250M", "HK$2.5億")]
    [InlineData(500_000, "HK$500K", "HK$50萬")]
    [InlineData(5_000, "HK$5K", "HK$5,000")]
    [InlineData(0, "HK$0", "HK$0")]
    [InlineData(-2_500_000, "-HK$2.5M", "-HK$250萬")]
    [InlineData(7_799_999.999999, "HK$7.8M", "HK$780萬")]
    public void An_amount_is_written_short_in_each_languages_own_units(double hkd, string english, string chinese)
    {
        Assert.Equal(english, CompactAmounts.English.Format(hkd, new CultureInfo("en-HK")));
        Assert.Equal(chinese, CompactAmounts.Parse("10000 萬; 100000000 億").Format(hkd, new CultureInfo("zh-HK")));
    }

    [Fact]
    public void Clean_maps_radicals_to_ideographs_and_keeps_full_width_punctuation()
    {
        Assert.Equal("日本樓價比較：香港，", ChartText.Clean($"{Sun}本樓價{Compare}較：香港，"));
        Assert.DoesNotContain(ChartText.Clean(new string([.. Enumerable.Range(0x2F00, 0xD6).Select(i => (char)i)])), ChartText.IsRadical);
    }

    /// <summary>The scan: returns the texts, after asserting what every chart must satisfy.</summary>
    private static IReadOnlyList<SvgText> Readable(string svg, string what, ChartSize size)
    {
        Assert.DoesNotContain(svg, ChartText.IsRadical);
        // A glyph the font lacks is dropped and leaves its text element with no positions (an empty label has none either).
        Assert.DoesNotMatch(DroppedGlyphs(), svg);
        var (width, height) = SvgText.ViewBox(svg);
        Assert.Equal((size.Width, size.Height), ((int)width, (int)height));
        var texts = SvgText.All(svg).Where(t => t.Text.Length > 0).ToList();
        Assert.NotEmpty(texts);
        const double Slack = 0.5;
        foreach (var t in texts)
        {
            Assert.True(t.Left >= -Slack && t.Right <= width + Slack && t.Top >= -Slack && t.Bottom <= height + Slack,
                $"{what}: \"{t.Text}\" spans x {t.Left:0}–{t.Right:0}, y {t.Top:0}–{t.Bottom:0}, outside 0 0 {width} {height}");
        }
        // Texts on one baseline (the bottom tick labels, a legend row) must not run into each other.
        foreach (var row in texts.Where(t => !t.Rotated).GroupBy(t => Math.Round(t.Y)))
        {
            var sorted = row.OrderBy(t => t.Left).ToList();
            for (var k = 1; k < sorted.Count; k++)
            {
                Assert.True(sorted[k].Left >= sorted[k - 1].Right,
                    $"{what}: \"{sorted[k - 1].Text}\" (to x {sorted[k - 1].Right:0}) overlaps \"{sorted[k].Text}\" (from x {sorted[k].Left:0})");
            }
        }
        return texts;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d+(\.\d+)?%$")]
    private static partial System.Text.RegularExpressions.Regex PercentTick();

    [System.Text.RegularExpressions.GeneratedRegex("x=\"\"[^>]*>\\s*[^\\s<]")]
    private static partial System.Text.RegularExpressions.Regex DroppedGlyphs();

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(HK\$)?\d[\d,.]*[^\d%\s]{0,2}$")]
    private static partial System.Text.RegularExpressions.Regex AmountAlone();

    // An amount written to the dollar: seven or more digits, grouped or not (7,842,970 or 18000000).
    [System.Text.RegularExpressions.GeneratedRegex(@"\d{1,3}(,\d{3}){2,}|\d{7,}")]
    private static partial System.Text.RegularExpressions.Regex FullAmount();

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?HK\$(0|\d{1,3}(\.\d{1,3})?[KMB])$")]
    private static partial System.Text.RegularExpressions.Regex EnglishCompactTick();

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?HK\$(0|\d{1,3}(,\d{3})?(\.\d{1,3})?[萬億])$")]
    private static partial System.Text.RegularExpressions.Regex ChineseCompactTick();

    [System.Text.RegularExpressions.GeneratedRegex(@"^0\.\d+$")]
    private static partial System.Text.RegularExpressions.Regex Fraction();
}
