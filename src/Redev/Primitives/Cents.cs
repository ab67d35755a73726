using System.Globalization;
using System.Numerics;

namespace Redev.Primitives;

/// <summary>
/// An amount of Hong Kong dollars as a whole number of cents.
/// </summary>
/// <remarks>
/// Cents are the unit in which HKD settles, so storing them as a <see cref="long"/> makes every sum
/// exact and every stored value unambiguous. Arithmetic is checked: an overflow is a bug, not a wrap.
/// </remarks>
public readonly record struct Cents(long Value) : IComparable<Cents>
{
    public static Cents Zero => default;

    public static Cents FromDollars(long dollars) => new(checked(dollars * 100));

    /// <summary>The amount in dollars as a rational, for divisions such as value ÷ issue price.</summary>
    public Rational Dollars => new(Value, 100);

    public static Cents operator +(Cents a, Cents b) => new(checked(a.Value + b.Value));
    public static Cents operator -(Cents a, Cents b) => new(checked(a.Value - b.Value));
    public static Cents operator *(Cents a, long k) => new(checked(a.Value * k));
    public static bool operator <(Cents a, Cents b) => a.Value < b.Value;
    public static bool operator >(Cents a, Cents b) => a.Value > b.Value;
    public static bool operator <=(Cents a, Cents b) => a.Value <= b.Value;
    public static bool operator >=(Cents a, Cents b) => a.Value >= b.Value;

    public int CompareTo(Cents other) => Value.CompareTo(other.Value);

    /// <summary>
    /// Parses an HKD amount with up to two decimals (<c>1234</c>, <c>1234.5</c>, <c>1,234.50</c>,
    /// <c>HK$1,234.50</c>). Returns false for a third decimal rather than rounding it away.
    /// </summary>
    public static bool TryParseHkd(string? text, out Cents cents)
    {
        cents = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = text.Trim();
        if (s.StartsWith("HK$", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..];
        }
        else if (s.StartsWith('$'))
        {
            s = s[1..];
        }
        s = s.Replace(",", "", StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? s : s[..dot];
        var frac = dot < 0 ? "" : s[(dot + 1)..];
        if (whole.Length == 0 || frac.Length > 2 || (dot >= 0 && frac.Length == 0)
            || !whole.All(char.IsAsciiDigit) || !frac.All(char.IsAsciiDigit))
        {
            return false;
        }
        var value = BigInteger.Parse(whole, CultureInfo.InvariantCulture) * 100
                    + (frac.Length == 0 ? 0 : int.Parse(frac.PadRight(2, '0'), CultureInfo.InvariantCulture));
        if (value > long.MaxValue)
        {
            return false;
        }
        cents = new Cents(negative ? -(long)value : (long)value);
        return true;
    }

    /// <summary>The amount as HKD with two decimals and no grouping, e.g. <c>1234.50</c>.</summary>
    public string ToDecimalString()
    {
        var abs = BigInteger.Abs(Value);
        var sign = Value < 0 ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>The amount for people: <c>HK$1,234.50</c>.</summary>
    public override string ToString()
    {
        var abs = BigInteger.Abs(Value);
        var sign = Value < 0 ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}HK${abs / 100:N0}.{abs % 100:00}");
    }

    /// <summary>The amount as a <see cref="decimal"/> of dollars (exact: cents fit in a decimal).</summary>
    public decimal ToDecimalDollars() => Value / 100m;

    /// <summary>Rounds a rational amount of dollars to cents, half away from zero.</summary>
    public static Cents RoundFromDollars(Rational dollars)
    {
        var cents = dollars * Rational.FromInteger(100);
        var floor = cents.Floor();
        var frac = cents - Rational.FromInteger(floor);
        var half = new Rational(1, 2);
        var rounded = cents.Sign >= 0 ? (frac >= half ? floor + 1 : floor) : (frac > half ? floor + 1 : floor);
        return new Cents((long)rounded);
    }
}
