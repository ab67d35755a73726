using System.Globalization;
using System.Numerics;

namespace Redev.Primitives;

/// <summary>
/// An exact fraction of two big integers, always in lowest terms with a positive denominator.
/// </summary>
/// <remarks>
/// Money and units are divided in Redev (value ÷ issue price, shares ÷ total shares), and a binary
/// floating-point quotient would make totals drift by a cent here and a unit there. Every division
/// is therefore done on rationals and rounded once, by a stated rule, at the very end.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    /// <summary>Numerator; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator; always positive.</summary>
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    // Stored minus one so that default(Rational) is a valid zero (0/1).
    private readonly BigInteger _denominatorMinusOne;

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        Numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    public static Rational Zero => default;
    public static Rational One => new(BigInteger.One, BigInteger.One);

    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    public bool IsZero => Numerator.IsZero;
    public int Sign => Numerator.Sign;

    /// <summary>The largest integer not greater than this value.</summary>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - BigInteger.One : quotient;
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.IsZero ? throw new DivideByZeroException("Division of a rational by zero.")
                 : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) =>
        Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>
    /// Parses <c>1</c>, <c>1/2</c>, <c>2/5</c>: what a register's owner_fraction column holds.
    /// Returns false (never throws) for anything else, so the caller can report the row.
    /// </summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('/');
        if (parts.Length > 2
            || !BigInteger.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }
        var d = BigInteger.One;
        if (parts.Length == 2
            && (!BigInteger.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out d) || d.IsZero))
        {
            return false;
        }
        value = new Rational(n, d);
        return true;
    }

    public override string ToString() =>
        Denominator.IsOne
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
