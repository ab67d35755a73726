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
        void Save(Plot plot, string name)
        {
            foreach (var ext in new[] { "png", "svg" })
            {
                var path = Path.Combine(dir, $"{name}.{ext}");
                if (ext == "png")
                {
                    plot.SavePng(path, Width, Height);
                }
                else
                {
                    plot.SaveSvg(path, Width, Height);
                }
                written.Add(path);
            }
        }
        if (report.Volume is { } v)
        {
            Save(SeriesChart(report, $"{report.Market}: transaction volume", [v]), "volume");
        }
        if (report.Inventory is { } i)
        {
            Save(SeriesChart(report, $"{report.Market}: inventory (months' supply)", [i]), "inventory");
        }
        if (report.Price is { } p)
        {
            Save(SeriesChart(report, $"{report.Market}: national and core prices", [p, .. report.CorePrices.Values]), "prices");
        }
        if (report.YieldGap.Count > 0)
        {
            Save(SpreadChart(report), "spread");
        }
        if (report.Growth.Count > 0)
        {
            Save(SeriesChart(report, $"{report.Market}: growth expectations", [.. report.Growth.Values]), "growth");
        }
        return written;
    }

    private static double X(YearMonth m) => new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc).ToOADate();

    private static Plot SeriesChart(CycleReport report, string title, IReadOnlyList<DatedSeries> series)
    {
        var plot = new Plot();
        ShadeStages(plot, report, series.Min(s => s.Raw.Start));
        foreach (var s in series)
        {
            var monthly = s.Prepared.ToMonthly();
            var xs = Enumerable.Range(0, monthly.Count).Select(k => X(monthly.MonthOf(k))).ToArray();
            var line = plot.Add.Scatter(xs, monthly.Values.ToArray());
            line.MarkerSize = 0;
            line.LegendText = s.Name;
            foreach (var t in s.Retrospective)
            {
                plot.Add.Marker(X(t.Month), t.Value, t.Type == TurningPointType.Trough ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 9,
                    t.Type == TurningPointType.Trough ? Colors.Green : Colors.Red);
            }
        }
        Finish(plot, title);
        return plot;
    }

    private static Plot SpreadChart(CycleReport report)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(report.YieldGap.Select(g => X(g.Month)).ToArray(), report.YieldGap.Select(g => (double)g.Bp).ToArray());
        line.MarkerSize = 0;
        line.LegendText = "10-year yield minus core inflation (bp)";
        var limit = plot.Add.HorizontalLine(report.Parameters.MoneyEasyBp);
        limit.LegendText = $"{report.Parameters.MoneyEasyBp} bp: money easy at or below";
        limit.Color = Colors.Red;
        Finish(plot, $"{report.Market}: is money easy? (rule 3)");
        return plot;
    }

    /// <summary>Shades runs of equal real-time stage: red 0, orange 1, gold 2, green 3.</summary>
    private static void ShadeStages(Plot plot, CycleReport report, YearMonth from)
    {
        var months = report.Monthly.Where(m => m.Month >= from).ToList();
        var start = 0;
        for (var k = 1; k <= months.Count; k++)
        {
            if (k == months.Count || months[k].Stage != months[start].Stage)
            {
                var span = plot.Add.HorizontalSpan(X(months[start].Month), X(months[k - 1].Month.AddMonths(1)));
                span.FillStyle.Color = StageColours[months[start].Stage];
                span.LineStyle.Width = 0;
                start = k;
            }
        }
    }

    private static void Finish(Plot plot, string title)
    {
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperLeft);
    }
}
