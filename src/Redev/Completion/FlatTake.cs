using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// A holder taking a flat in kind: every unit it holds is cancelled at the completion NAV, and the flat's
/// value less the units' value is settled in cash — a top-up the holder pays into escrow when the flat is
/// worth more, a refund the fund owes when it is worth less.
/// </summary>
public sealed record FlatTake
{
    public FlatTake(string holder, string flat, long units, Cents unitsValue, Cents flatValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentException.ThrowIfNullOrEmpty(flat);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        Holder = holder;
        Flat = flat;
        Units = units;
        UnitsValue = unitsValue;
        FlatValue = flatValue;
    }

    public string Holder { get; }
    public string Flat { get; }
    public long Units { get; }

    /// <summary>units × completion NAV, rounded to the cent (half a cent up).</summary>
    public Cents UnitsValue { get; }

    public Cents FlatValue { get; }

    /// <summary>What the holder pays in (flat worth more than the units), else zero.</summary>
    public Cents TopUp => FlatValue.Value > UnitsValue.Value ? FlatValue - UnitsValue : Cents.Zero;

    /// <summary>What the fund owes the holder (units worth more than the flat), else zero.</summary>
    public Cents Refund => UnitsValue.Value > FlatValue.Value ? UnitsValue - FlatValue : Cents.Zero;

    /// <summary>
    /// Prices a take. The units' value is rounded once, to the nearest cent with half a cent up
    /// (<see cref="Cents.RoundFromDollars"/>); the difference is then exact in cents, so top-up or refund
    /// plus the units' value is the flat's value to the cent.
    /// </summary>
    public static FlatTake Price(string holder, NewFlat flat, long units, Rational navPerUnit)
    {
        ArgumentNullException.ThrowIfNull(flat);
        var value = Cents.RoundFromDollars(navPerUnit * Rational.FromInteger(units));
        return new FlatTake(holder, flat.Flat, units, value, flat.Value);
    }
}
