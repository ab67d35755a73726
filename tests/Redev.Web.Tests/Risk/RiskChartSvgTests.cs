using System.Text.RegularExpressions;
using Redev.Charts;
using Redev.Primitives;
using Redev.Risk;

namespace Redev.Web.Tests.Risk;

/// <summary>The owner's histogram as inline SVG for the page.</summary>
public class RiskChartSvgTests
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
        var labels = new HistogramLabels("落成時你可能得到多少", "預計落成日的港元", "未來所佔比例", "今天出售", "收購建議");

        var svg = RiskCharts.HistogramSvg(Histogram, labels, "棒形圖");

        // A glyph the font lacks is dropped and leaves its text element with no positions (x="").
        Assert.DoesNotContain("x=\"\"", svg, StringComparison.Ordinal);
        Assert.Contains("預計落成日的港元", svg, StringComparison.Ordinal); // the axis label (the title is the page's heading)
    }
}
