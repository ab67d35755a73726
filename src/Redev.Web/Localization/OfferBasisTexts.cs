using System.Globalization;
using System.Text.RegularExpressions;

namespace Redev.Web.Localization;

/// <summary>
/// The Traditional Chinese for how an owner's acquisition offer was reached. The risk model writes it in English
/// (<c>RiskModel</c>: "FLAT (rule)" per flat, joined by "; "), which the API and the CLI print as it is; a
/// Chinese page matches each clause here and fills in its figures. A clause not in the table is left out of the
/// Chinese rather than shown in English or guessed at.
/// </summary>
public static partial class OfferBasisTexts
{
    /// <summary>The basis in Chinese, clause by clause; null when no clause is known.</summary>
    public static string? Chinese(string? english)
    {
        if (string.IsNullOrWhiteSpace(english))
        {
            return null;
        }
        var clauses = english.Split("; ").Select(Clause).Where(c => c is not null).ToList();
        return clauses.Count == 0 ? null : string.Join("；", clauses);
    }

    private static string? Clause(string flatClause)
    {
        if (FlatRule().Match(flatClause) is not { Success: true } fr || Rule(fr.Groups[2].Value) is not { } rule)
        {
            return null;
        }
        return $"{fr.Groups[1].Value}（{rule}）";
    }

    private static string? Rule(string clause)
    {
        var basis = "";
        if (Estimated().Match(clause) is { Success: true } e)
        {
            basis = string.Format(CultureInfo.InvariantCulture, "，七年樓齡的參考住宅單位估計為市值的 {0} 倍", e.Groups[1].Value);
            clause = clause[..e.Index];
        }
        if (OwnerOccupied().Match(clause) is { Success: true } o)
        {
            var who = o.Groups[1].Value.StartsWith("flat of unstated", StringComparison.Ordinal) ? "未註明用途的住宅單位（當作自住）" : "自住住宅單位";
            return $"{who}：市值加自置居所津貼{basis}";
        }
        if (NotOccupied().Match(clause) is { Success: true } n)
        {
            var who = n.Groups[1].Value == "tenanted" ? "出租住宅單位" : "空置住宅單位";
            return $"{who}：市值加自置居所津貼的 {n.Groups[2].Value}{basis}";
        }
        if (Shop().Match(clause) is { Success: true } s)
        {
            return $"商舖：市值加市值 {s.Groups[1].Value} 的營業津貼";
        }
        return null;
    }

    [GeneratedRegex(@"\A(.+?) \((.+)\)\z")]
    private static partial Regex FlatRule();

    [GeneratedRegex(@", the seven-year-old flat estimated at (.+) × market value\z")]
    private static partial Regex Estimated();

    [GeneratedRegex(@"\A(flat of unstated occupancy, taken as owner-occupied|owner-occupied flat): market value \+ home purchase allowance\z")]
    private static partial Regex OwnerOccupied();

    [GeneratedRegex(@"\A(tenanted|vacant) flat: market value \+ (.+) of the home purchase allowance\z")]
    private static partial Regex NotOccupied();

    [GeneratedRegex(@"\Ashop: market value \+ business allowance of (.+) of market value\z")]
    private static partial Regex Shop();
}
