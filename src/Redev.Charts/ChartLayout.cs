using ScottPlot;

namespace Redev.Charts;

/// <summary>
/// What every chart shares: text in the size's font size and in a font with its glyphs, the legend
/// below the drawing area in room reserved for it (inside the drawing it hid data, and a reader's wider
/// font pushed it past its box), and bottom tick labels thinned so they never overlap or get cut.
/// </summary>
internal static class ChartLayout
{
    /// <summary>Room left of the data area for a first tick label: the left axis's labels sit there.</summary>
    private const float LeftRoom = 30;

    /// <summary>Room right of the data area before the drawing's edge (ScottPlot keeps a small margin).</summary>
    private const float RightRoom = 8;

    /// <summary>
    /// A legend entry broken into lines that fit the drawing's width by <see cref="ChartText.EstimateWidth"/>
    /// (less room for the line sample and the legend's padding), since the legend sits below the drawing.
    /// </summary>
    public static string Legend(string text, ChartSize size)
    {
        var room = size.Width - 100;
        var lines = new List<string>();
        var line = "";
        foreach (var word in ChartText.Clean(text).Split(' '))
        {
            var joined = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && ChartText.EstimateWidth(joined, size.FontSize) > room)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = joined;
            }
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    public static void Finish(Plot plot, ChartSize size, string? title, IEnumerable<string> texts)
    {
        if (title is not null)
        {
            plot.Title(ChartText.Clean(title));
        }
        // Chinese text needs a font with its glyphs, or it vanishes from the chart; DejaVu is there on a headless server.
        // Cleaned first: a font with every ideograph may lack the radicals, and then none would be chosen.
        var family = ChartFonts.ForText(string.Concat(texts.Prepend(title ?? "").Select(ChartText.Clean))) ?? "DejaVu Sans";
        plot.Font.Set(family);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = size.FontSize;
            axis.Label.FontSize = size.FontSize + 2;
            // Font.Set misses the left axis's (rotated) label, which then drops every Chinese glyph.
            axis.Label.FontName = family;
            axis.TickLabelStyle.FontName = family;
        }
        plot.Axes.Title.Label.FontSize = size.FontSize + 3;
        if (plot.Legend.GetItems().Length > 0)
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Vertical;
            plot.Legend.FontSize = size.FontSize;
            plot.Legend.FontName = family;
        }
        plot.Axes.Bottom.TickGenerator = new ThinnedTicks(plot.Axes.Bottom.TickGenerator, size.FontSize, LeftRoom, RightRoom);
    }
}
