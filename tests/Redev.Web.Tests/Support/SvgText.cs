using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Redev.Web.Tests.Support;

/// <summary>
/// One text element of a chart's SVG, with where a reader's browser may draw it: ScottPlot places each
/// glyph at its own x, measured with the server's font; the reader's font may be wider, so the extent is
/// estimated independently of the chart code (wide characters a full em, others 0.65 em).
/// </summary>
public sealed partial record SvgText(string Text, double X, double Y, double FontSize, bool Rotated, double Left, double Right, double Top, double Bottom)
{
    /// <summary>
    /// An estimate of the drawn width, generous for DejaVu and for the usual CJK fallbacks. (Heights take
    /// ascent as 0.8 em and descent as a quarter em, as in DejaVu and the usual CJK fonts.)
    /// </summary>
    public static double Estimate(string text, double fontSize) => text.Sum(c => c >= '\u2E80' ? 1.0 : 0.65) * fontSize;

    /// <summary>Every text element of <paramref name="svg"/>.</summary>
    public static IReadOnlyList<SvgText> All(string svg)
    {
        var list = new List<SvgText>();
        foreach (Match m in Element().Matches(svg))
        {
            var attributes = m.Groups[1].Value;
            var text = WebUtility.HtmlDecode(Tags().Replace(m.Groups[2].Value, "")).Trim();
            if (text.Length == 0)
            {
                continue; // an empty label (no title, say): nothing is drawn
            }
            var size = Number(Attribute(attributes, "font-size") ?? "12");
            var xs = (Attribute(attributes, "x") ?? "0").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).ToList();
            var transform = Attribute(attributes, "transform") ?? "translate(0 0)";
            var numbers = NumberList().Matches(transform).Select(n => Number(n.Value)).ToList();
            var rotated = transform.StartsWith("matrix", StringComparison.Ordinal);
            var (tx, ty) = rotated ? (numbers[4], numbers[5]) : (numbers[0], numbers.Count > 1 ? numbers[1] : 0);
            var baseline = Number((Attribute(attributes, "y") ?? "0").Split(',')[0].Trim());
            var first = xs.Count > 0 ? xs[0] : 0;
            var last = xs.Count > 0 ? xs[^1] : 0;
            var runEnd = last + Estimate(text.Length > 0 ? text[^1..] : "", size);
            // The run's centre as drawn, and a generous width around it.
            var half = Math.Max(runEnd - first, Estimate(text, size)) / 2;
            var centre = (first + runEnd) / 2;
            // Rotated a quarter turn to the left (the y axis's label): the text's "up" points left on the page.
            list.Add(rotated
                ? new SvgText(text, tx, ty, size, true, tx + baseline - 0.8 * size, tx + baseline + size / 4, ty - centre - half, ty - centre + half)
                : new SvgText(text, tx, ty + baseline, size, false, tx + centre - half, tx + centre + half, ty + baseline - 0.8 * size, ty + baseline + size / 4));
        }
        return list;
    }

    /// <summary>The viewBox's width and height.</summary>
    public static (double Width, double Height) ViewBox(string svg)
    {
        var m = ViewBoxPattern().Match(svg);
        Assert.True(m.Success, "the SVG has no viewBox");
        return (Number(m.Groups[1].Value), Number(m.Groups[2].Value));
    }

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, $"(?:^|\\s){Regex.Escape(name)}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("<text([^>]*)>(.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:e-?\d+)?")]
    private static partial Regex NumberList();

    [GeneratedRegex("viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"")]
    private static partial Regex ViewBoxPattern();
}
