using System.Globalization;
using System.Text.RegularExpressions;

namespace Redev.Charts;

/// <summary>
/// Makes ScottPlot's SVG fit to be inlined in HTML: ids (clip paths) made unique per chart, since
/// every chart numbers its clip paths alike and inline SVGs share the page's id space; and a viewBox,
/// so the chart scales down with the page instead of scrolling sideways.
/// </summary>
internal static partial class InlineSvg
{
    public static string Prepare(string svg, string prefix, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start > 0)
        {
            svg = svg[start..];
        }
        svg = Ids().Replace(svg, m => $"{m.Groups[1].Value}{prefix}-{m.Groups[2].Value}");
        if (!svg.Contains("viewBox", StringComparison.Ordinal))
        {
            svg = string.Concat("<svg", string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\""), svg.AsSpan(4));
        }
        return svg;
    }

    [GeneratedRegex("""(id="|url\(#|href="#)([A-Za-z_][\w.-]*)""")]
    private static partial Regex Ids();
}
