using Redev.Cycle;
using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// Writes the monitor's charts as PNG and SVG: volume, inventory and prices with their turning points
/// and the real-time stage shaded behind them, the money spread against its limit, and growth.
/// </summary>
public static class CycleCharts
{
    private const int Width = 1000;
    private const int Height = 420;

    private static readonly Color[] StageColours =
    [
        Colors.Red.WithAlpha(0.10), Colors.Orange.WithAlpha(0.12), Colors.Gold.WithAlpha(0.15), Colors.Green.WithAlpha(0.10),
    ];

    /// <summary>Writes every chart the report has data for and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(CycleReport report, string dir)
    {
        ArgumentNullException.ThrowIfNull(report);
        var written = new List<string>();
        foreach (var (name, _, plot) in Plots(report, CycleChartTexts.English))
        {
            var png = Path.Combine(dir, $"{name}.png");
            plot.SavePng(png, Width, Height);
            written.Add(png);
            var svg = Path.Combine(dir, $"{name}.svg");
            plot.SaveSvg(svg, Width, Height);
            written.Add(svg);
        }
        return written;
    }

    /// <summary>
    /// Every chart as an SVG element for inlining in a page, with titles in the reader's language.
    /// Element ids are prefixed by the chart's name, so several charts can share one page.
    /// </summary>
    public static IReadOnlyList<CycleChart> Svgs(CycleReport report, CycleChartTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        return Plots(report, texts).Select(p => new CycleChart(p.Name, p.Title, InlineSvg.Prepare(p.Plot.GetSvgHtml(Width, Height), p.Name, Width, Height))).ToList();
    }

    private static List<(string Name, string Title, Plot Plot)> Plots(CycleReport report, CycleChartTexts t)
    {
        var plots = new List<(string, string, Plot)>();
        void Add(string name, string title, Plot plot) => plots.Add((name, title, plot));
        if (report.Volume is { } v)
        {
            var title = t.Volume(report.Market);
            Add("volume", title, SeriesChart(report, title, [v], t));
        }
        if (report.Inventory is { } i)
        {
            var title = t.Inventory(report.Market);
            Add("inventory", title, SeriesChart(report, title, [i], t));
        }
        if (report.Price is { } p)
        {
            var title = t.Prices(report.Market);
            Add("prices", title, SeriesChart(report, title, [p, .. report.CorePrices.Values], t));
        }
        if (report.YieldGap.Count > 0)
        {
            var title = t.Spread(report.Market);
            Add("spread", title, SpreadChart(report, title, t));
        }
        if (report.Growth.Count > 0)
        {
            var title = t.Growth(report.Market);
            Add("growth", title, SeriesChart(report, title, [.. report.Growth.Values], t));
        }
        return plots;
    }

    private static double X(YearMonth m) => new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc).ToOADate();

    private static Plot SeriesChart(CycleReport report, string title, IReadOnlyList<DatedSeries> series, CycleChartTexts t)
    {
        var plot = new Plot();
        ShadeStages(plot, report, series.Min(s => s.Raw.Start));
        foreach (var s in series)
        {
            var monthly = s.Prepared.ToMonthly();
            var xs = Enumerable.Range(0, monthly.Count).Select(k => X(monthly.MonthOf(k))).ToArray();
            var line = plot.Add.Scatter(xs, monthly.Values.ToArray());
            line.MarkerSize = 0;
            line.LegendText = t.SeriesName(s.Name);
            foreach (var point in s.Retrospective)
            {
                plot.Add.Marker(X(point.Month), point.Value, point.Type == TurningPointType.Trough ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 9,
                    point.Type == TurningPointType.Trough ? Colors.Green : Colors.Red);
            }
        }
        Finish(plot, title, series.Select(x => t.SeriesName(x.Name)));
        return plot;
    }

    private static Plot SpreadChart(CycleReport report, string title, CycleChartTexts t)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(report.YieldGap.Select(g => X(g.Month)).ToArray(), report.YieldGap.Select(g => (double)g.Bp).ToArray());
        line.MarkerSize = 0;
        line.LegendText = t.SpreadLine;
        var limit = plot.Add.HorizontalLine(report.Parameters.MoneyEasyBp);
        limit.LegendText = t.Limit(report.Parameters.MoneyEasyBp);
        limit.Color = Colors.Red;
        Finish(plot, title, [t.SpreadLine, limit.LegendText]);
        return plot;
    }

    /// <summary>Shades runs of equal real-time stage: red 0, orange 1, gold 2, green 3; months whose stage cannot be told stay blank.</summary>
    private static void ShadeStages(Plot plot, CycleReport report, YearMonth from)
    {
        var months = report.Monthly.Where(m => m.Month >= from).ToList();
        var start = 0;
        for (var k = 1; k <= months.Count; k++)
        {
            if (k == months.Count || months[k].Stage != months[start].Stage)
            {
                if (months[start].Stage is { } stage)
                {
                    var span = plot.Add.HorizontalSpan(X(months[start].Month), X(months[k - 1].Month.AddMonths(1)));
                    span.FillStyle.Color = StageColours[stage];
                    span.LineStyle.Width = 0;
                }
                start = k;
            }
        }
    }

    private static void Finish(Plot plot, string title, IEnumerable<string> labels)
    {
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperLeft);
        // Chinese titles and legends need a font with their glyphs, or they vanish from the chart.
        if (ChartFonts.ForText(string.Concat(labels.Prepend(title))) is { } family)
        {
            plot.Font.Set(family);
        }
    }
}
