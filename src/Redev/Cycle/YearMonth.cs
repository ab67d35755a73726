using System.Globalization;

namespace Redev.Cycle;

/// <summary>
/// A calendar month, the unit of the cycle monitor: every series is brought to months, and
/// leads, lags and confirmation delays are whole months, so month arithmetic must be exact.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>, IComparable
{
    /// <summary>Months since January of year 0; makes differences and ordering plain integers.</summary>
    public int Index { get; }

    private YearMonth(int index) => Index = index;

    public int Year => Index / 12;

    public int Month => (Index % 12) + 1;

    public static YearMonth Of(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year}-{month} is not a month");
        }
        return new YearMonth((year * 12) + month - 1);
    }

    public static YearMonth Of(DateOnly date) => Of(date.Year, date.Month);

    public YearMonth AddMonths(int months) => new(checked(Index + months));

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(YearMonth other) => Index - other.Index;

    /// <summary>Parses <c>YYYY-MM</c>, the form the CLI and JSON use.</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1 || m is < 1 or > 12)
        {
            return false;
        }
        month = Of(y, m);
        return true;
    }

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public int CompareTo(object? obj) => obj is YearMonth other ? CompareTo(other) : throw new ArgumentException("not a YearMonth", nameof(obj));

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
