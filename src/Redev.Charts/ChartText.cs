using System.Globalization;
using System.Text;

namespace Redev.Charts;

/// <summary>
/// Text as it goes into a chart. Text copied from PDFs often carries CJK radicals (U+2F47 ⽇ for 日,
/// U+2F50 ⽐ for 比) that look alike on screen but are other characters: screen readers, search and
/// fonts treat them differently. NFKC maps every Kangxi radical to its unified ideograph, so every
/// label passes through <see cref="Clean"/>. Widths are estimated (not measured with the server's
/// font) because the reader's browser may draw the text in a wider fallback font.
/// </summary>
public static class ChartText
{
    /// <summary>
    /// The text with each radical-block character replaced by its NFKC form (the unified ideograph).
    /// Only those: NFKC of the whole text would also turn Chinese full-width punctuation (，：) into ASCII.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsRadical))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(IsRadical(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }
        return clean.ToString();
    }

    /// <summary>True for a character of the Kangxi Radicals (U+2F00–U+2FDF) or CJK Radicals Supplement (U+2E80–U+2EFF) blocks.</summary>
    public static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2EFF' or >= '\u2F00' and <= '\u2FDF';

    /// <summary>
    /// A generous estimate of the drawn width in pixels: wide (East Asian) characters a full em, others
    /// 0.65 em, which is wider than DejaVu's digits and most Latin letters.
    /// </summary>
    public static double EstimateWidth(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += IsWide(c) ? 1.0 : 0.65;
        }
        return ems * fontSize;
    }

    private static bool IsWide(char c) => c >= '\u2E80' && !(c is >= '\uFE70' and <= '\uFEFF');

    /// <summary>A share (0.035) as a percentage label (3.5%), in <paramref name="culture"/>.</summary>
    public static string Percent(double share, CultureInfo culture) => (share * 100).ToString("0.#", culture) + "%";
}
