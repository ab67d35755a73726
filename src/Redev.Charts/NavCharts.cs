using ScottPlot;

namespace Redev.Charts;

/// <summary>The words of the NAV chart, in the reader's language.</summary>
public sealed record NavChartLabels(string Title, string X, string Y, string Nav, string IssuePrice);

/// <summary>One point of the NAV history: the valuation date and NAV per unit in HKD.</summary>
public sealed record NavPoint(DateOnly ValuedOn, decimal PerUnitHkd);

/// <summary>
/// The fund's NAV per unit over time as a step chart (NAV holds from one adopted valuation to the next),
/// with the issue price as a dashed line, as an inline SVG for the holdings and building pages.
/// </summary>
public static class NavCharts
{
    /// <param name="idPrefix">Prefixes the chart's element ids, unique per chart on a page.</param>
    public static string HistorySvg(IReadOnlyList<NavPoint> history, decimal issuePriceHkd, NavChartLabels labels, string textAlternative, string idPrefix = "nav-history", int width = 640, int height = 320)
    {
        // ScottPlot and Skia keep font state shared by every plot; charts drawn at once on several threads (the web
        // serving several visitors, tests in parallel) were seen to lose their Chinese text. One chart at a time.
        lock (ChartRendering.Gate)
        {
            return HistorySvgUnlocked(history, issuePriceHkd, labels, textAlternative, idPrefix, width, height);
        }
    }

    private static string HistorySvgUnlocked(IReadOnlyList<NavPoint> history, decimal issuePriceHkd, NavChartLabels labels, string textAlternative, string idPrefix = "nav-history", int width = 640, int height = 320)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(textAlternative);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(labels.Title);
        plot.XLabel(labels.X);
        plot.YLabel(labels.Y);
        var xs = history.Select(p => p.ValuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToOADate()).ToArray();
        var ys = history.Select(p => (double)p.PerUnitHkd).ToArray();
        if (xs.Length > 0)
        {
            // NAV stays at its last adopted figure until the next valuation: a step drawn one step past the last date.
            var stepXs = xs.Append(xs[^1] + Math.Max(30, (xs[^1] - xs[0]) / 10)).ToArray();
            var stepYs = ys.Append(ys[^1]).ToArray();
            var line = plot.Add.Scatter(stepXs, stepYs);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.Color = Colors.SteelBlue;
            line.LegendText = labels.Nav;
            var dots = plot.Add.Markers(xs, ys);
            dots.MarkerSize = 7;
            dots.Color = Colors.SteelBlue;
        }
        var issue = plot.Add.HorizontalLine((double)issuePriceHkd);
        issue.Color = Colors.DarkOrange;
        issue.LineWidth = 2;
        issue.LinePattern = LinePattern.Dashed;
        issue.LegendText = labels.IssuePrice;
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.LowerLeft);
        if (ChartFonts.ForText(string.Concat(labels.Title, labels.X, labels.Y, labels.Nav, labels.IssuePrice)) is { } family)
        {
            plot.Font.Set(family);
        }
        var svg = InlineSvg.Prepare(plot.GetSvgHtml(width, height), idPrefix, width, height);
        var end = svg.StartsWith("<svg", StringComparison.Ordinal) ? svg.IndexOf('>', StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new InvalidOperationException("ScottPlot returned no <svg> element.");
        }
        var text = System.Net.WebUtility.HtmlEncode(textAlternative);
        return svg[..end] + $" role=\"img\" aria-label=\"{text}\" style=\"max-width: 100%; height: auto;\"><title>{text}</title>" + svg[(end + 1)..];
    }
}
