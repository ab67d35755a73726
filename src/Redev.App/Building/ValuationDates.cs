using System.Globalization;

namespace Redev.App.Building;

/// <summary>Reads a valuation date: a Hong Kong date written YYYY-MM-DD, not after today (nobody appraises the future).</summary>
internal static class ValuationDates
{
    public static bool TryParse(string? text, DateOnly today, out DateOnly date, out Refusal? refusal)
    {
        refusal = null;
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            refusal = Refusal.With("bad-date", $"date: \"{text}\" is not a date written YYYY-MM-DD.", ("field", "date"));
            return false;
        }
        if (date > today)
        {
            refusal = Refusal.With("bad-date", $"date: {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, Hong Kong); a valuation is of a day that has come.", ("field", "date"));
            return false;
        }
        return true;
    }
}
