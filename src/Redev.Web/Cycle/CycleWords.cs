using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Redev.Charts;
using Redev.Cycle;

namespace Redev.Web.Cycle;

/// <summary>
/// The monitor's findings in the reader's words: months as "March 2012" / "2012年3月", verdicts,
/// turning points, and the domain's "missing" sentences, which are fixed English texts (docs/cycle.md)
/// translated here by their form; an unknown one is shown as it is rather than dropped.
/// </summary>
public static partial class CycleWords
{
    public static string Month(YearMonth m) =>
        new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("Y", CultureInfo.CurrentCulture);

    /// <summary>Basis points as percentage points, e.g. 120 → "1.2" (the unit elderly readers know from bank rates).</summary>
    public static string Points(int bp) => (Math.Abs(bp) / 100m).ToString("0.##", CultureInfo.CurrentCulture);

    public static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Verdict(IStringLocalizer l, CycleVerdict v) => l["Verdict_" + v];

    public static string VerdictExplained(IStringLocalizer l, CycleVerdict v) => l["VerdictWhy_" + v];

    public static string Turn(IStringLocalizer l, TurningPointType t) => l[t == TurningPointType.Trough ? "Trough" : "Peak"];

    public static string Missing(IStringLocalizer l, string missing)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(missing);
        if (NoSeries().Match(missing) is { Success: true } none)
        {
            return l["NotEvaluable", l["Role_" + none.Groups[1].Value]];
        }
        if (Money().Match(missing) is { Success: true } money)
        {
            var gap = int.Parse(money.Groups[1].Value, CultureInfo.InvariantCulture);
            var limit = int.Parse(money.Groups[2].Value, CultureInfo.InvariantCulture);
            return l["MissingMoney", Points(gap), l[gap < 0 ? "Below" : "Above"], Points(limit)];
        }
        if (missing.StartsWith(GrowthPrefix, StringComparison.Ordinal))
        {
            return l["MissingGrowth", missing[GrowthPrefix.Length..]];
        }
        if (missing.StartsWith(CorePrefix, StringComparison.Ordinal))
        {
            return l["MissingCore", missing[CorePrefix.Length..]];
        }
        if (missing.StartsWith(CoreLatePrefix, StringComparison.Ordinal))
        {
            return l["MissingCoreLate", missing[CoreLatePrefix.Length..]];
        }
        if (BeginAfter().Match(missing) is { Success: true } after && YearMonth.TryParse(after.Groups[2].Value, out var from))
        {
            return l["DataBeginAfter", SeriesName(l, after.Groups[1].Value), Month(from)];
        }
        if (Stale().Match(missing) is { Success: true } stale && YearMonth.TryParse(stale.Groups[2].Value, out var last))
        {
            return l["StaleSeries", SeriesName(l, stale.Groups[1].Value), Month(last)];
        }
        var fixedText = missing switch
        {
            "volume has not troughed" => l["MissingVolume"],
            "inventory (months' supply) has not peaked or fallen" => l["MissingInventory"],
            "prices have not troughed" => l["MissingPrice"],
            _ => null,
        };
        return fixedText?.Value ?? missing;
    }

    /// <summary>A series as <see cref="StaleSeries.Series"/> names it ("yield10y", "corePrices: Boston"), in the reader's words.</summary>
    public static string SeriesName(IStringLocalizer l, string series)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(series);
        var colon = series.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return l["Role_" + series] is { ResourceNotFound: false } t ? t.Value : series;
        }
        // A named series keeps the market file's name unless the legend has a translation of it.
        var name = l["Legend_" + series[(colon + 2)..]] is { ResourceNotFound: false } legend ? legend.Value : series[(colon + 2)..];
        return series[..colon] == "corePrices" ? l["Series_core", name] : l["Series_growth", name];
    }

    /// <summary>The report's notes (docs/cycle.md) in the reader's words; an unknown one as it is.</summary>
    public static string Note(IStringLocalizer l, string note)
    {
        ArgumentNullException.ThrowIfNull(l);
        return note == CycleMonitor.InventoryNotIndependent ? l["NoteInventoryNotIndependent"] : note;
    }

    /// <summary>
    /// The market's name in the page's language: a shipped market's from the resources (MarketName_ID),
    /// an uploaded one's as its convener wrote it. A title mixing languages ("Hong Kong：全國…") reads badly.
    /// </summary>
    public static string MarketName(IStringLocalizer l, Redev.App.Markets.MarketEntry market)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(market);
        return !market.Uploaded && l["MarketName_" + market.Id] is { ResourceNotFound: false } t ? t.Value : market.Name;
    }

    /// <summary>
    /// Where a market's figures come from, in the page's language for a shipped market (<c>MarketSource_ID</c>), as its
    /// file says for an uploaded one; <c>IsData</c> says the text is someone's own, to be marked so no one translates it.
    /// </summary>
    public static (string Text, bool IsData)? MarketSource(IStringLocalizer l, Redev.App.Markets.MarketEntry market)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(market);
        if (!market.Uploaded && l["MarketSource_" + market.Id] is { ResourceNotFound: false } t)
        {
            return (t.Value, false);
        }
        return market.Source is { } source ? (source, true) : null;
    }

    /// <summary>A chart's figure: whole numbers from 100 up, at most one decimal below (an index of 321, a supply of 3.2 months, 51 bp).</summary>
    public static string Figure(double v) => v.ToString(Math.Abs(v) >= 100 ? "N0" : "#,##0.#", CultureInfo.CurrentCulture);

    /// <summary>The chart words in <paramref name="l"/>'s language; titles name the market as <paramref name="marketName"/> (see <see cref="MarketName"/>), or as its file does.</summary>
    public static CycleChartTexts ChartTexts(IStringLocalizer l, string? marketName = null)
    {
        ArgumentNullException.ThrowIfNull(l);
        string Name(string m) => marketName ?? m;
        return new CycleChartTexts(
            m => l["ChartVolume", Name(m)], m => l["ChartInventory", Name(m)], m => l["ChartPrices", Name(m)], m => l["ChartSpread", Name(m)], m => l["ChartGrowth", Name(m)],
            l["ChartSpreadLine"], bp => l["ChartLimit", Number(bp)])
        {
            // The monitor names role series by their role; named core and growth series keep the market file's names.
            SeriesName = name => l["Legend_" + name] is { ResourceNotFound: false } t ? t.Value : name,
        };
    }

    private const string GrowthPrefix = "growth expectations not improving: ";
    private const string CorePrefix = "core prices have not troughed: ";
    private const string CoreLatePrefix = "core prices troughed after the national trough: ";

    [GeneratedRegex(@"^stale: (.+) has no value after (\d{4}-\d{2})$")]
    private static partial Regex Stale();

    [GeneratedRegex(@"^cannot tell: (\w+) data begin after (\d{4}-\d{2})$")]
    private static partial Regex BeginAfter();

    [GeneratedRegex("^not evaluable: no (\\w+) series$")]
    private static partial Regex NoSeries();

    [GeneratedRegex(@"^money is not easy: the 10-year yield is (-?\d+) bp above core inflation \(limit (-?\d+) bp\)$")]
    private static partial Regex Money();
}
