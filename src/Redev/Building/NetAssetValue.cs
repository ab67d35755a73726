using Redev.Primitives;

namespace Redev.Building;

/// <summary>
/// What one fund unit is worth on the fund's books: (adopted value + escrow cash − liabilities) ÷ units
/// outstanding, kept exact and rounded only for display (to the cent, halves away from zero).
/// </summary>
public sealed record NetAssetValue
{
    public NetAssetValue(Cents adoptedValue, Cents escrow, Cents liabilities, long unitsOutstanding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(adoptedValue.Value);
        ArgumentOutOfRangeException.ThrowIfNegative(escrow.Value);
        ArgumentOutOfRangeException.ThrowIfNegative(liabilities.Value);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitsOutstanding);
        AdoptedValue = adoptedValue;
        Escrow = escrow;
        Liabilities = liabilities;
        UnitsOutstanding = unitsOutstanding;
    }

    public Cents AdoptedValue { get; }
    public Cents Escrow { get; }
    public Cents Liabilities { get; }
    public long UnitsOutstanding { get; }

    /// <summary>The fund's net assets: may be negative if liabilities exceed what it holds.</summary>
    public Cents NetAssets => AdoptedValue + Escrow - Liabilities;

    /// <summary>NAV per unit in dollars, exact.</summary>
    public Rational PerUnit => NetAssets.Dollars / Rational.FromInteger(UnitsOutstanding);

    /// <summary>NAV per unit to the cent, for display and JSON.</summary>
    public Cents PerUnitCents => Cents.RoundFromDollars(PerUnit);

    /// <summary>How far below <paramref name="issuePrice"/> a unit stands, exact; zero or less when it has not lost value.</summary>
    public Rational LossPerUnit(Cents issuePrice) => issuePrice.Dollars - PerUnit;
}
