using System.Globalization;
using System.Numerics;
using Redev.Primitives;

namespace Redev.Payout;

/// <summary>
/// The share of a payout kept as a fee, an exact fraction in [0, 1).
/// </summary>
/// <remarks>
/// Written as a decimal (<c>0.015</c>) and read digit by digit into a <see cref="Rational"/>, never
/// through a binary floating-point number: 0.015 is 3/200 exactly, so the fee on any amount is the
/// same in every language that follows docs/payout.md. A rate of 1 or more would leave nothing to
/// pay out, so it is not a rate.
/// </remarks>
public readonly struct FeeRate : IEquatable<FeeRate>
{
    /// <summary>The rate as an exact fraction, at least 0 and less than 1.</summary>
    public Rational Value { get; }

    /// <summary>The rate as it was written, for messages and tables.</summary>
    public string Text => _text ?? "0";

    private readonly string? _text;

    private FeeRate(Rational value, string text)
    {
        if (value.Sign < 0 || value >= Rational.One)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fee rate is at least 0 and less than 1.");
        }
        Value = value;
        _text = text;
    }

    /// <summary>No fee: what a payout uses when no rate is given.</summary>
    public static FeeRate Zero => default;

    /// <summary>
    /// Parses a decimal written as ASCII digits with at most one point between digits (<c>0</c>,
    /// <c>0.015</c>, <c>.5</c> is refused: a digit is needed on both sides of the point). No sign,
    /// exponent, percent sign or grouping. Returns false, never throws, so the caller can name the option.
    /// </summary>
    /// <param name="tooLarge">True when the text is a decimal but not less than 1.</param>
    public static bool TryParse(string? text, out FeeRate rate, out bool tooLarge)
    {
        rate = Zero;
        tooLarge = false;
        if (text is null)
        {
            return false;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var frac = dot < 0 ? "" : text[(dot + 1)..];
        if (whole.Length == 0 || (dot >= 0 && frac.Length == 0)
            || !whole.All(char.IsAsciiDigit) || !frac.All(char.IsAsciiDigit))
        {
            return false;
        }
        var numerator = BigInteger.Parse(whole + frac, NumberStyles.None, CultureInfo.InvariantCulture);
        var value = new Rational(numerator, BigInteger.Pow(10, frac.Length));
        if (value >= Rational.One)
        {
            tooLarge = true;
            return false;
        }
        rate = new FeeRate(value, text);
        return true;
    }

    /// <summary>The fee on <paramref name="amount"/>: amount × rate, rounded down to the cent, so a fee never exceeds its rate.</summary>
    public Cents FeeOn(Cents amount)
    {
        if (amount.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A fee is taken on an amount of zero or more.");
        }
        return new Cents((long)(Rational.FromInteger(amount.Value) * Value).Floor());
    }

    public bool Equals(FeeRate other) => Value == other.Value;
    public override bool Equals(object? obj) => obj is FeeRate other && Equals(other);
    public override int GetHashCode() => Value.GetHashCode();
    public static bool operator ==(FeeRate a, FeeRate b) => a.Equals(b);
    public static bool operator !=(FeeRate a, FeeRate b) => !a.Equals(b);
    public override string ToString() => Text;
}
