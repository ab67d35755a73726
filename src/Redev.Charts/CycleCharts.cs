using Redev.Cycle;
using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// Writes the monitor's charts as PNG and SVG: volume, inventory and prices with their turning points
/// and the real-time stage shaded behind them, the money spread against its limit, and growth.
/// </summary>
public static class CycleCharts
{
    private static readonly Color[] StageColours =
    [
        Colors.Red.WithAlpha(0.10), Colors.Orange.WithAlpha(0.12), Colors.Gold.WithAlpha(0.15), Colors.Green.WithAlpha(0.10),
    ];

    /// <summary>Writes every chart the report has data for, titled, and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(CycleReport report, string dir)
    {
        // ScottPlot and Skia keep font state shared by every plot; charts drawn at once on several threads (the web
        // serving several visitors, tests in parallel) were seen to lose their Chinese text. One chart at a time.
        lock (ChartRendering.Gate)
        {
            return WriteUnlocked(report, dir);
        }
    }

    private static List<string> WriteUnlocked(CycleReport report, string dir)
    {
        ArgumentNullException.ThrowIfNull(report);
        var size = ChartSize.Desktop;
        var written = new List<string>();
        foreach (var (name, _, plot, _) in Plots(report, CycleChartTexts.English, size, titled: true))
        {
            var png = Path.Combine(dir, $"{name}.png");
            plot.SavePng(png, size.Width, size.Height);
            written.Add(png);
            var svg = Path.Combine(dir, $"{name}.svg");
            plot.SaveSvg(svg, size.Width, size.Height);
            written.Add(svg);
        }
        return written;
    }

    /// <summary>
    /// Every chart as SVG elements for inlining in a page, drawn at desktop and phone sizes, with
    /// words in the reader's language and each line's figures for a table beside it. The drawings
    /// carry no title: a title as wide as a phone would be cut, and the page's caption carries it.
    /// Element ids are prefixed by the chart's name and size, so several charts can share one page.
    /// </summary>
    public static IReadOnlyList<CycleChart> Svgs(CycleReport report, CycleChartTexts texts)
    {
        // ScottPlot and Skia keep font state shared by every plot; charts drawn at once on several threads (the web
        // serving several visitors, tests in parallel) were seen to lose their Chinese text. One chart at a time.
        lock (ChartRendering.Gate)
        {
            return SvgsUnlocked(report, texts);
        }
    }

    private static List<CycleChart> SvgsUnlocked(CycleReport report, CycleChartTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var phone = Plots(report, texts, ChartSize.Phone, titled: false).ToDictionary(p => p.Name, p => p.Plot);
        return Plots(report, texts, ChartSize.Desktop, titled: false).Select(p => new CycleChart(p.Name, ChartText.Clean(p.Title), Svg(p.Plot, p.Name, ChartSize.Desktop))
        {
            PhoneSvg = Svg(phone[p.Name], p.Name + "-phone", ChartSize.Phone),
            Summary = p.Summary,
        }).ToList();
    }

    private static string Svg(Plot plot, string prefix, ChartSize size) =>
        InlineSvg.Prepare(plot.GetSvgHtml(size.Width, size.Height), prefix, size.Width, size.Height);

    private static List<(string Name, string Title, Plot Plot, IReadOnlyList<ChartSeriesSummary> Summary)> Plots(CycleReport report, CycleChartTexts t, ChartSize size, bool titled)
    {
        var plots = new List<(string, string, Plot, IReadOnlyList<ChartSeriesSummary>)>();
        void Series(string name, string title, IReadOnlyList<DatedSeries> series) =>
            plots.Add((name, title, SeriesChart(report, titled ? title : null, series, t, size), Summaries(series, t)));
        if (report.Volume is { } v)
        {
            Series("volume", t.Volume(report.Market), [v]);
        }
        if (report.Inventory is { } i)
        {
            Series("inventory", t.Inventory(report.Market), [i]);
        }
        if (report.Price is { } p)
        {
            Series("prices", t.Prices(report.Market), [p, .. report.CorePrices.Values]);
        }
        if (report.YieldGap.Count > 0)
        {
            var title = t.Spread(report.Market);
            var spread = ChartSeriesSummary.Of(t.SpreadLine, report.YieldGap.Select(g => (g.Month, (double)g.Bp)).ToList());
            plots.Add(("spread", title, SpreadChart(report, titled ? title : null, t, size), spread is null ? [] : [spread]));
        }
        if (report.Growth.Count > 0)
        {
            Series("growth", t.Growth(report.Market), [.. report.Growth.Values]);
        }
        return plots;
    }

    private static List<ChartSeriesSummary> Summaries(IReadOnlyList<DatedSeries> series, CycleChartTexts t) =>
        series.Select(s =>
        {
            var monthly = s.Prepared.ToMonthly();
            return ChartSeriesSummary.Of(t.SeriesName(s.Name), Enumerable.Range(0, monthly.Count).Select(k => (monthly.MonthOf(k), monthly.Values[k])).ToList());
        }).OfType<ChartSeriesSummary>().ToList();

    private static double X(YearMonth m) => new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc).ToOADate();

    private static Plot SeriesChart(CycleReport report, string? title, IReadOnlyList<DatedSeries> series, CycleChartTexts t, ChartSize size)
    {
        var plot = new Plot();
        ShadeStages(plot, report, series.Min(s => s.Raw.Start));
        foreach (var s in series)
        {
            var monthly = s.Prepared.ToMonthly();
            var xs = Enumerable.Range(0, monthly.Count).Select(k => X(monthly.MonthOf(k))).ToArray();
            var line = plot.Add.Scatter(xs, monthly.Values.ToArray());
            line.MarkerSize = 0;
            line.LegendText = ChartLayout.Legend(t.SeriesName(s.Name), size);
            foreach (var point in s.Retrospective)
            {
                plot.Add.Marker(X(point.Month), point.Value, point.Type == TurningPointType.Trough ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 9,
                    point.Type == TurningPointType.Trough ? Colors.Green : Colors.Red);
            }
        }
        Finish(plot, title, series.Select(x => t.SeriesName(x.Name)), size);
        return plot;
    }

    private static Plot SpreadChart(CycleReport report, string? title, CycleChartTexts t, ChartSize size)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(report.YieldGap.Select(g => X(g.Month)).ToArray(), report.YieldGap.Select(g => (double)g.Bp).ToArray());
        line.MarkerSize = 0;
        line.LegendText = ChartLayout.Legend(t.SpreadLine, size);
        var limit = plot.Add.HorizontalLine(report.Parameters.MoneyEasyBp);
        limit.LegendText = ChartLayout.Legend(t.Limit(report.Parameters.MoneyEasyBp), size);
        limit.Color = Colors.Red;
        Finish(plot, title, [t.SpreadLine, limit.LegendText], size);
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

    private static void Finish(Plot plot, string? title, IEnumerable<string> labels, ChartSize size)
    {
        plot.Axes.DateTimeTicksBottom();
        ChartLayout.Finish(plot, size, title, labels.Select(ChartText.Clean));
    }
}
