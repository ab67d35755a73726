using System.Globalization;

namespace Redev.Charts;

/// <summary>
/// HKD amounts written short for a chart's tick labels: HK$7.8M in English, HK$780萬 in Chinese. A full
/// amount ("HK$7,842,970") is as wide as the gap between two ticks on a phone, so the labels crowded and were
/// cut. Each language counts large numbers in its own steps — English by thousands (K, M, B), Chinese by
/// ten thousands (萬 10⁴, 億 10⁸) — so the units come with the page's words (<see cref="Parse"/>), and only
/// English, the CLI's language, is written here.
/// </summary>
public sealed class CompactAmounts
{
    private readonly (double Scale, string Word)[] _units;

    /// <param name="units">Each unit's size and the word written after the number; in any order.</param>
    public CompactAmounts(IEnumerable<(double Scale, string Word)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = [.. units.OrderByDescending(u => u.Scale)];
        if (_units.Any(u => !(u.Scale > 1) || !double.IsFinite(u.Scale) || string.IsNullOrWhiteSpace(u.Word)))
        {
            throw new ArgumentException("Every unit needs a size above 1 and a word.", nameof(units));
        }
    }

    /// <summary>The CLI's units: K, M and B.</summary>
    public static CompactAmounts English { get; } = new([(1e3, "K"), (1e6, "M"), (1e9, "B")]);

    /// <summary>The words written after numbers, so a chart can choose a font that has their glyphs (萬 and 億).</summary>
    public IEnumerable<string> Words => _units.Select(u => u.Word);

    /// <summary>
    /// Units as a resource writes them: "size word" pairs separated by semicolons, e.g. <c>1000000 M; 1000000000 B</c>
    /// or <c>10000 萬; 100000000 億</c>. The sizes are part of the language, not the program: 萬 is not a thousand of anything.
    /// </summary>
    /// <exception cref="FormatException">When a pair is not a size and a word.</exception>
    public static CompactAmounts Parse(string units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairs = new List<(double, string)>();
        foreach (var pair in units.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || !(scale > 1))
            {
                throw new FormatException($"\"{pair}\" is not a unit's size and word, such as \"1000000 M\".");
            }
            pairs.Add((scale, parts[1]));
        }
        return new CompactAmounts(pairs);
    }

    /// <summary>
    /// The amount in the largest unit it reaches, with at most three decimals (a tick sits on a round value, so
    /// none is lost): 7,800,000 is HK$7.8M or HK$780萬; an amount below every unit is written whole (HK$5,000).
    /// </summary>
    public string Format(double hkd, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var size = Math.Abs(hkd);
        // Ticks are computed in floating point: 7,799,999.9999 is the tick at 7.8 million, not one just below it.
        var (scale, word) = _units.FirstOrDefault(u => size >= u.Scale * (1 - 1e-9));
        var text = scale > 0 ? (size / scale).ToString("#,##0.###", culture) + word : size.ToString("#,##0", culture);
        return (hkd < 0 && text.Any(c => c is >= '1' and <= '9') ? "-HK$" : "HK$") + text;
    }
}
