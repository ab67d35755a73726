using Redev.Charts;
using Redev.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>The dashboard's charts as inline SVG, in Chinese as well as English.</summary>
public class CycleChartSvgTests
{
    private static CycleReport UnitedStates()
    {
        var file = Path.Combine(Markets.Folder, "united-states.json");
        var parsed = MarketFile.Parse(file, File.ReadAllText(file), path => File.Exists(path) ? File.ReadAllText(path) : null);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        return CycleMonitor.Evaluate(parsed.Market!);
    }

    [Fact]
    public void Chinese_titles_and_legends_are_drawn_in_a_font_that_has_their_glyphs()
    {
        var chinese = CycleChartTexts.English with
        {
            Volume = m => $"{m}：成交量",
            Inventory = m => $"{m}：未售樓宇存量",
            Prices = m => $"{m}：全國及核心城市樓價",
            Spread = m => $"{m}：資金是否寬鬆",
            Growth = m => $"{m}：經濟增長預期",
            SpreadLine = "十年期債息減核心通脹",
            Limit = bp => $"{bp} 點子或以下為寬鬆",
            SeriesName = n => n == "volume" ? "成交量" : n,
        };

        var charts = CycleCharts.Svgs(UnitedStates(), chinese);

        var volume = Assert.Single(charts, c => c.Name == "volume");
        // A glyph the font lacks is dropped and leaves its text element with no positions (x="").
        Assert.DoesNotContain("x=\"\"", volume.Svg, StringComparison.Ordinal);
        Assert.Contains("成交量", volume.Svg, StringComparison.Ordinal); // the legend (the title is the page's caption)
        Assert.Contains("成交量", volume.PhoneSvg, StringComparison.Ordinal);
    }
}
