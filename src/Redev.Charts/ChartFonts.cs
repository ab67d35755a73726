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
    // Skia's font manager is shared by every chart drawn at once (the web draws for several visitors in
    // parallel); searching it from two threads at once was seen to miss the Chinese family now and then,
    // leaving a chart with its Chinese text dropped. One search at a time, and each text's answer kept.
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string?> Found = new(StringComparer.Ordinal);

    /// <summary>Null when the default font will do (plain Latin text) or when no installed font has the glyphs.</summary>
    public static string? ForText(string text)
    {
        if (!text.Any(c => c >= '\u2E80'))
        {
            return null;
        }
        lock (Gate)
        {
            if (Found.TryGetValue(text, out var known))
            {
                return known;
            }
            var manager = SKFontManager.Default;
            string? chosen = null;
            foreach (var family in manager.FontFamilies)
            {
                using var typeface = manager.MatchFamily(family);
                if (typeface is not null && typeface.ContainsGlyphs(text))
                {
                    chosen = family;
                    break;
                }
            }
            // Bounded: chart texts are a handful of titles and legends per market and language.
            if (Found.Count < 10_000)
            {
                Found[text] = chosen;
            }
            return chosen;
        }
    }
}
