using System.Globalization;
using System.Numerics;
using System.Text;

namespace Redev.Web.Allocation;

/// <summary>
/// An exact entitlement in fund units (a fraction such as <c>205800000/281</c>) as an owner reads it:
/// whole units in the main text, and the exact amount as a decimal cut after a few digits with "…"
/// when it goes on. A raw fraction means nothing to most owners.
/// </summary>
/// <param name="Numerator">The fraction's numerator.</param>
/// <param name="Denominator">The fraction's denominator, positive.</param>
public readonly record struct ExactUnits(BigInteger Numerator, BigInteger Denominator)
{
    /// <summary>Digits after the decimal point shown before "…".</summary>
    public const int Digits = 4;

    /// <summary>Reads <c>N/D</c> or <c>N</c>; null for anything else.</summary>
    public static ExactUnits? Parse(string? text)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length is < 1 or > 2 || !BigInteger.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }
        var d = BigInteger.One;
        if (parts.Length == 2 && (!BigInteger.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out d) || d.IsZero))
        {
            return null;
        }
        return new ExactUnits(n, d);
    }

    /// <summary>The nearest whole number of units (halves away from zero).</summary>
    public BigInteger Whole
    {
        get
        {
            var twice = BigInteger.Abs(Numerator) * 2 + Denominator;
            var rounded = twice / (2 * Denominator);
            return Numerator.Sign < 0 ? -rounded : rounded;
        }
    }

    /// <summary>E.g. <c>732,384.3416…</c> in <paramref name="culture"/>; without "…" when the decimal ends within <see cref="Digits"/> digits.</summary>
    public string Exactly(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var whole = BigInteger.DivRem(BigInteger.Abs(Numerator), Denominator, out var rest);
        var text = new StringBuilder(Numerator.Sign < 0 ? culture.NumberFormat.NegativeSign : "");
        text.Append(whole.ToString("N0", culture));
        if (rest.IsZero)
        {
            return text.ToString();
        }
        text.Append(culture.NumberFormat.NumberDecimalSeparator);
        for (var k = 0; k < Digits && !rest.IsZero; k++)
        {
            rest *= 10;
            text.Append((int)(rest / Denominator));
            rest %= Denominator;
        }
        return rest.IsZero ? text.ToString() : text.Append('…').ToString();
    }
}
