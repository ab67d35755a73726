using SkiaSharp;

namespace Redev.Charts;

/// <summary>
/// Finds an installed font for text the default font cannot draw. Charts use DejaVu Sans, which has no
/// Chinese glyphs, and a glyph the font lacks is silently dropped from the image; so for Chinese labels
/// the first installed family holding every glyph is used (WenQuanYi Micro Hei on Debian with
/// fonts-wqy-microhei). SkiaSharp's own character matching finds nothing through fontconfig here,
/// hence the search over the families.
/// </summary>
internal static class ChartFonts
{
    /// <summary>Null when the default font will do (plain Latin text) or when no installed font has the glyphs.</summary>
    public static string? ForText(string text)
    {
        if (!text.Any(c => c >= '\u2E80'))
        {
            return null;
        }
        var manager = SKFontManager.Default;
        foreach (var family in manager.FontFamilies)
        {
            using var typeface = manager.MatchFamily(family);
            if (typeface is not null && typeface.ContainsGlyphs(text))
            {
                return family;
            }
        }
        return null;
    }
}
