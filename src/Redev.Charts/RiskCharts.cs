using Redev.Risk;
using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// Charts of a risk report with ScottPlot, each as PNG and SVG: fan charts of the price index and
/// of NAV per unit over the months, and a histogram of one owner's outcome beside the cash lines.
/// </summary>
public static class RiskCharts
{
    private static readonly ChartSize FileSize = new(900, 560, 14);

    /// <summary>Writes the charts into <paramref name="dir"/> (created if needed) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(RiskReport report, DirectoryInfo dir)
    {
        // ScottPlot and Skia keep font state shared by every plot; charts drawn at once on several threads (the web
        // serving several visitors, tests in parallel) were seen to lose their Chinese text. One chart at a time.
        lock (ChartRendering.Gate)
        {
            return WriteUnlocked(report, dir);
        }
    }

    private static List<string> WriteUnlocked(RiskReport report, DirectoryInfo dir)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(dir);
        dir.Create();
        var written = new List<string>();
        var months = report.Fan.Select(f => (double)f.Month).ToArray();
        written.AddRange(Save(Fan(months, report.Fan.Select(f => f.Index).ToArray(), "Price index (today = 1)", "index"), dir, "risk-index-fan"));
        written.AddRange(Save(Fan(months, report.Fan.Select(f => f.NavPerUnit).ToArray(), "NAV per unit, marked to the index at planned costs", "HKD per unit"), dir, "risk-nav-fan"));
        written.AddRange(Save(Histogram(report.FocusHistogram, HistogramLabels.English(report.FocusHistogram), FileSize, titled: true), dir, "risk-owner-histogram"));
        return written;
    }

    private static Plot Fan(double[] months, IReadOnlyList<double>[] percentiles, string title, string yLabel)
    {
        var plot = NewPlot(title, "months from today", yLabel);
        double[] Column(int k) => percentiles.Select(p => p[k]).ToArray();
        var outer = plot.Add.FillY(months, Column(0), Column(4));
        outer.FillColor = Colors.SteelBlue.WithAlpha(0.18);
        outer.LineWidth = 0;
        outer.LegendText = "5% to 95%";
        var inner = plot.Add.FillY(months, Column(1), Column(3));
        inner.FillColor = Colors.SteelBlue.WithAlpha(0.40);
        inner.LineWidth = 0;
        inner.LegendText = "25% to 75%";
        var median = plot.Add.Scatter(months, Column(2));
        median.Color = Colors.Navy;
        median.MarkerSize = 0;
        median.LineWidth = 2;
        median.LegendText = "median";
        ChartLayout.Finish(plot, FileSize, null, []);
        return plot;
    }

    /// <summary>
    /// The owner's histogram as an inline SVG element for a web page, untitled (a title as wide as a phone
    /// would be cut; the page's heading says it), with <paramref name="textAlternative"/> as its accessible name (<c>role="img"</c>, <c>aria-label</c> and a <c>title</c>), since a screen reader
    /// cannot read bars. Drawn at <paramref name="size"/> (<see cref="ChartSize.DesktopHistogram"/> unless given);
    /// ids are prefixed with <paramref name="idPrefix"/>, so a page can hold a desktop and a phone drawing.
    /// </summary>
    public static string HistogramSvg(OwnerHistogram histogram, HistogramLabels labels, string textAlternative, ChartSize? size = null, string idPrefix = "risk-histogram")
    {
        // ScottPlot and Skia keep font state shared by every plot; charts drawn at once on several threads (the web
        // serving several visitors, tests in parallel) were seen to lose their Chinese text. One chart at a time.
        lock (ChartRendering.Gate)
        {
            return HistogramSvgUnlocked(histogram, labels, textAlternative, size, idPrefix);
        }
    }

    private static string HistogramSvgUnlocked(OwnerHistogram histogram, HistogramLabels labels, string textAlternative, ChartSize? size = null, string idPrefix = "risk-histogram")
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(textAlternative);
        // Clip-path ids prefixed, and a viewBox so the chart scales down with the page (InlineSvg).
        var s = size ?? ChartSize.DesktopHistogram;
        var svg = InlineSvg.Prepare(Histogram(histogram, labels, s, titled: false).GetSvgHtml(s.Width, s.Height), idPrefix, s.Width, s.Height);
        var end = svg.StartsWith("<svg", StringComparison.Ordinal) ? svg.IndexOf('>', StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new InvalidOperationException("ScottPlot returned no <svg> element.");
        }
        var text = System.Net.WebUtility.HtmlEncode(ChartText.Clean(textAlternative));
        var attributes = $" role=\"img\" aria-label=\"{text}\" style=\"max-width: 100%; height: auto;\"";
        return svg[..end] + attributes + "><title>" + text + "</title>" + svg[(end + 1)..];
    }

    private static Plot Histogram(OwnerHistogram h, HistogramLabels labels, ChartSize size, bool titled)
    {
        var plot = NewPlot(titled ? labels.Title : null, labels.X, labels.Y);
        var centres = Enumerable.Range(0, h.Shares.Count).Select(i => (h.Edges[i] + h.Edges[i + 1]) / 2).ToArray();
        var bars = plot.Add.Bars(centres, h.Shares.ToArray());
        var width = h.Edges.Count > 1 ? h.Edges[1] - h.Edges[0] : 1;
        foreach (var bar in bars.Bars)
        {
            bar.Size = width;
            bar.LineWidth = 0;
            bar.FillColor = Colors.SteelBlue;
        }
        var sale = plot.Add.VerticalLine(h.SaleGrown.Value / 100.0);
        sale.Color = Colors.DarkOrange;
        sale.LineWidth = 2;
        sale.LegendText = ChartLayout.Legend(labels.Sale, size);
        var offer = plot.Add.VerticalLine(h.OfferGrown.Value / 100.0);
        offer.Color = Colors.Crimson;
        offer.LineWidth = 2;
        offer.LinePattern = LinePattern.Dashed;
        offer.LegendText = ChartLayout.Legend(labels.Offer, size);
        // Shares of futures read as percentages (3.5%), not fractions (0.035); money short, in the reader's units (HK$5M,
        // HK$500萬): whole dollars ("18,000,000") were too wide for a phone's ticks and were cut. The ticks are round
        // positions, not figures; the page's table beside the chart gives the figures to three significant figures.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => ChartText.Percent(v, labels.Culture) };
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => labels.Amounts.Format(v, labels.Culture) };
        ChartLayout.Finish(plot, size, null, [labels.Title, labels.X, labels.Y, labels.Sale, labels.Offer, .. labels.Amounts.Words]);
        return plot;
    }

    private static Plot NewPlot(string? title, string x, string y)
    {
        var plot = new Plot();
        // DejaVu (Debian's fonts-dejavu-core) is there on a headless server; ScottPlot's default may not be.
        plot.Font.Set("DejaVu Sans");
        if (title is not null)
        {
            plot.Title(ChartText.Clean(title));
        }
        plot.XLabel(ChartText.Clean(x));
        plot.YLabel(ChartText.Clean(y));
        return plot;
    }

    private static IEnumerable<string> Save(Plot plot, DirectoryInfo dir, string name)
    {
        var png = Path.Combine(dir.FullName, name + ".png");
        var svg = Path.Combine(dir.FullName, name + ".svg");
        plot.SavePng(png, FileSize.Width, FileSize.Height);
        plot.SaveSvg(svg, FileSize.Width, FileSize.Height);
        return [png, svg];
    }
}
