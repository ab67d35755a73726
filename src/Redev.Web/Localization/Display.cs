using System.Globalization;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Web.Localization;

/// <summary>
/// How numbers, money and times appear on the pages, in the visitor's culture (en-HK or zh-HK).
/// Times are always Hong Kong time with the offset written out, because owners read them against
/// notices and deadlines that are in Hong Kong time.
/// </summary>
public static class Display
{
    private static CultureInfo C => CultureInfo.CurrentCulture;

    public static string Number(long n) => n.ToString("N0", C);

    public static string Percent(decimal p) => p.ToString("0.00", C) + "%";

    public static string Hkd(long cents) => "HK$" + (cents / 100m).ToString("N2", C);

    public static string Hkd(Cents c) => Hkd(c.Value);

    /// <summary>
    /// A simulated (Monte Carlo) amount to three significant figures, in whole dollars when 100 or more:
    /// HK$7,842,970.02 is shown as HK$7,840,000. Twenty thousand simulated futures do not know an
    /// outcome to the cent, and a figure written to the cent reads as if they did (docs/risk.md).
    /// </summary>
    public static string Simulated(long cents)
    {
        var hkd = cents / 100m;
        if (hkd == 0)
        {
            return "HK$" + 0.ToString("N0", C);
        }
        var digits = (int)Math.Floor(Math.Log10((double)Math.Abs(hkd))) + 1;
        var rounded = RoundToSignificant(hkd, digits, 3);
        var decimals = Math.Max(0, 3 - digits);
        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), C);
        return (rounded < 0 ? "-HK$" : "HK$") + text;
    }

    private static decimal RoundToSignificant(decimal value, int digits, int significant)
    {
        var scale = digits - significant;
        if (scale <= 0)
        {
            return Math.Round(value, -scale, MidpointRounding.AwayFromZero);
        }
        var unit = (decimal)Math.Pow(10, scale);
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }

    /// <summary>E.g. <c>26/11/2026 10:15 HKT (UTC+08:00)</c> or <c>26/11/2026 上午10:15 香港時間 (UTC+08:00)</c>.</summary>
    public static string When(DateTimeOffset at, string hktLabel)
    {
        var hk = at.ToOffset(Scheme.HongKongOffset);
        return $"{hk.ToString("d", C)} {hk.ToString("t", C)} {hktLabel} (UTC{hk.ToString("zzz", CultureInfo.InvariantCulture)})";
    }

    public static string Date(DateOnly d) => d.ToString("D", C);

    /// <summary>A month kept as <c>YYYY-MM</c> (a lease's first and last month) as the reader says it; anything else as written.</summary>
    public static string Month(string yyyyMm) =>
        DateOnly.TryParseExact(yyyyMm + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("Y", C)
            : yyyyMm;

    /// <summary>Undivided shares: whole as a whole number, a co-owner's part (11 1/2) to two decimals.</summary>
    public static string Shares(Rational shares) =>
        shares.Denominator.IsOne ? Number((long)shares.Numerator) : ((decimal)shares.Numerator / (decimal)shares.Denominator).ToString("N2", C);

    /// <summary>
    /// The enrolment deadline counted down in Hong Kong days: "12 days left", "last day today", or "passed".
    /// The deadline day is itself open (consents given on it count), so 0 is the last day, not past.
    /// </summary>
    public static string Countdown(Microsoft.Extensions.Localization.IStringLocalizer l, int daysLeft)
    {
        ArgumentNullException.ThrowIfNull(l);
        return daysLeft switch
        {
            < 0 => l["DeadlinePassed", Number(-daysLeft)],
            0 => l["DeadlineToday"],
            1 => l["DeadlineOneDay"],
            _ => l["DeadlineDaysLeft", Number(daysLeft)],
        };
    }

    /// <summary>
    /// A lot as a reader knows it: a single-lot site's register has no lot column, and its lot's key
    /// (<c>main</c>) is the program's word, not the Land Registry's, so it is named in the page's language.
    /// </summary>
    public static string Lot(Microsoft.Extensions.Localization.IStringLocalizer l, string lot)
    {
        ArgumentNullException.ThrowIfNull(l);
        return lot == Redev.Registers.BuildingRegister.DefaultLot ? l["LotMain"] : lot;
    }
}
