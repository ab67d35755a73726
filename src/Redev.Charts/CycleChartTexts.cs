using System.Globalization;

namespace Redev.Charts;

/// <summary>
/// The words drawn inside the cycle charts, so the web app can draw them in the reader's language;
/// the CLI uses <see cref="English"/>. Titles take the market's name.
/// </summary>
public sealed record CycleChartTexts(
    Func<string, string> Volume,
    Func<string, string> Inventory,
    Func<string, string> Prices,
    Func<string, string> Spread,
    Func<string, string> Growth,
    string SpreadLine,
    Func<int, string> Limit)
{
    /// <summary>The legend's name for a series (its role, e.g. "price", or the market file's name for it); as it is unless changed.</summary>
    public Func<string, string> SeriesName { get; init; } = name => name;

    public static CycleChartTexts English { get; } = new(
        m => $"{m}: transaction volume",
        m => $"{m}: inventory (months' supply)",
        // "Whole market", not "national": a city's market (Hong Kong) has no national index.
        m => $"{m}: whole-market and core-area prices",
        m => $"{m}: is money easy? (rule 3)",
        m => $"{m}: growth expectations",
        "10-year yield minus core inflation (bp)",
        bp => string.Create(CultureInfo.InvariantCulture, $"{bp} bp: money easy at or below"));
}
