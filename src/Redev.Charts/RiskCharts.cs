using Redev.Risk;
using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// Charts of a risk report with ScottPlot, each as PNG and SVG: fan charts of the price index and
/// of NAV per unit over the months, and a histogram of one owner's outcome beside the cash lines.
/// </summary>
public static class RiskCharts
{
    private const int Width = 900;
    private const int Height = 520;

    /// <summary>Writes the charts into <paramref name="dir"/> (created if needed) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(RiskReport report, DirectoryInfo dir)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(dir);
        dir.Create();
        var written = new List<string>();
        var months = report.Fan.Select(f => (double)f.Month).ToArray();
        written.AddRange(Save(Fan(months, report.Fan.Select(f => f.Index).ToArray(), "Price index (today = 1)", "index"), dir, "risk-index-fan"));
        written.AddRange(Save(Fan(months, report.Fan.Select(f => f.NavPerUnit).ToArray(), "NAV per unit, marked to the index at planned costs", "HKD per unit"), dir, "risk-nav-fan"));
        written.AddRange(Save(Histogram(report.FocusHistogram, HistogramLabels.English(report.FocusHistogram)), dir, "risk-owner-histogram"));
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
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>
    /// The owner's histogram as an inline SVG element for a web page, with <paramref name="textAlternative"/>
    /// as its accessible name (<c>role="img"</c>, <c>aria-label</c> and a <c>title</c>), since a screen reader
    /// cannot read bars.
    /// </summary>
    public static string HistogramSvg(OwnerHistogram histogram, HistogramLabels labels, string textAlternative, int width = 720, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(textAlternative);
        // Clip-path ids prefixed, and a viewBox so the chart scales down with the page (InlineSvg).
        var svg = InlineSvg.Prepare(Histogram(histogram, labels).GetSvgHtml(width, height), "risk-histogram", width, height);
        var end = svg.StartsWith("<svg", StringComparison.Ordinal) ? svg.IndexOf('>', StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new InvalidOperationException("ScottPlot returned no <svg> element.");
        }
        var text = System.Net.WebUtility.HtmlEncode(textAlternative);
        var attributes = $" role=\"img\" aria-label=\"{text}\" style=\"max-width: 100%; height: auto;\"";
        return svg[..end] + attributes + "><title>" + text + "</title>" + svg[(end + 1)..];
    }

    private static Plot Histogram(OwnerHistogram h, HistogramLabels labels)
    {
        var plot = NewPlot(labels.Title, labels.X, labels.Y);
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
        sale.LegendText = labels.Sale;
        var offer = plot.Add.VerticalLine(h.OfferGrown.Value / 100.0);
        offer.Color = Colors.Crimson;
        offer.LineWidth = 2;
        offer.LinePattern = LinePattern.Dashed;
        offer.LegendText = labels.Offer;
        plot.ShowLegend(Alignment.UpperRight);
        if (ChartFonts.ForText(string.Concat(labels.Title, labels.X, labels.Y, labels.Sale, labels.Offer)) is { } family)
        {
            plot.Font.Set(family);
        }
        return plot;
    }

    private static Plot NewPlot(string title, string x, string y)
    {
        var plot = new Plot();
        // DejaVu (Debian's fonts-dejavu-core) is there on a headless server; ScottPlot's default may not be.
        plot.Font.Set("DejaVu Sans");
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        return plot;
    }

    private static IEnumerable<string> Save(Plot plot, DirectoryInfo dir, string name)
    {
        var png = Path.Combine(dir.FullName, name + ".png");
        var svg = Path.Combine(dir.FullName, name + ".svg");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(svg, Width, Height);
        return [png, svg];
    }
}
