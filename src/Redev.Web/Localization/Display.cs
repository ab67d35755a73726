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

    /// <summary>E.g. <c>26/11/2026 10:15 HKT (UTC+08:00)</c> or <c>26/11/2026 上午10:15 香港時間 (UTC+08:00)</c>.</summary>
    public static string When(DateTimeOffset at, string hktLabel)
    {
        var hk = at.ToOffset(Scheme.HongKongOffset);
        return $"{hk.ToString("d", C)} {hk.ToString("t", C)} {hktLabel} (UTC{hk.ToString("zzz", CultureInfo.InvariantCulture)})";
    }

    public static string Date(DateOnly d) => d.ToString("D", C);
}
