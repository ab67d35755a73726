using System.Text.RegularExpressions;
using Redev.Charts;

namespace Redev.Web.Tests.Building;

/// <summary>NAV's history as inline SVG: an accessible name, a viewBox, unique ids, and Chinese drawn as characters.</summary>
public class NavChartSvgTests
{
    private static readonly NavPoint[] History = [new(new DateOnly(2026, 6, 30), 10.12m), new(new DateOnly(2026, 12, 31), 9.87m)];

    [Fact]
    public void The_svg_has_its_text_alternative_a_viewbox_and_ids_of_its_own()
    {
        var svg = NavCharts.HistorySvg(History, 10m, new NavChartLabels("NAV per fund unit", "Valuation date", "HK$", "NAV", "Issue price"), "Step chart: A & B", "nav-7");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Step chart: A &amp; B\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>Step chart: A &amp; B</title>", svg, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(svg, "viewBox="));
        Assert.Contains("url(#nav-7-", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_labels_are_drawn_in_a_font_that_has_their_glyphs()
    {
        var labels = new NavChartLabels("每個基金單位的資產淨值", "估值日期", "每個基金單位（港元）", "資產淨值", "發行價");

        var svg = NavCharts.HistorySvg(History, 10m, labels, "階梯圖");

        Assert.DoesNotContain("x=\"\"", svg, StringComparison.Ordinal);
        Assert.Contains("每個基金單位的資產淨值", svg, StringComparison.Ordinal);
        // Unified ideographs, never the look-alike Kangxi or CJK radicals block.
        Assert.DoesNotContain(svg, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Before_any_valuation_the_chart_still_draws_the_issue_price()
    {
        var svg = NavCharts.HistorySvg([], 10m, new NavChartLabels("NAV", "Date", "HK$", "NAV", "Issue price"), "No valuation yet");

        Assert.Contains("Issue price", svg, StringComparison.Ordinal);
    }
}
