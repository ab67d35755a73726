using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Statements;

/// <summary>
/// A holder's statement for one scheme and period: the fund units they had at the start, every entry that moved
/// their units or paid cash to or from them, the distributions paid, the units at the end, and what those are
/// worth at the NAV in force at the end. Built only by <see cref="StatementBuilder"/>; the constructor refuses a
/// statement whose movements do not add up, because a statement that does not add up is worse than none.
/// </summary>
public sealed record HolderStatement
{
    /// <summary>How the value is rounded, in words for the page, the CSV and the docs.</summary>
    public const string RoundingRule =
        "Value = closing fund units × the exact NAV per unit, rounded once to the cent, halves away from zero.";

    public HolderStatement(SchemeId scheme, string holder, StatementPeriod period, long openingUnits,
        IReadOnlyList<StatementMovement> movements, long closingUnits, StatementNav? nav)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentOutOfRangeException.ThrowIfNegative(openingUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(closingUnits);
        // The invariant a reader checks by hand: opening plus every movement is closing, exactly.
        var sum = openingUnits;
        foreach (var m in movements)
        {
            if (!period.Contains(m.At))
            {
                throw new ArgumentException($"Entry {m.Seq} at {m.At:O} is outside the period.", nameof(movements));
            }
            sum = checked(sum + m.UnitsChange);
            if (m.UnitsAfter != sum)
            {
                throw new ArgumentException($"Entry {m.Seq}: the running balance {m.UnitsAfter} is not {sum}.", nameof(movements));
            }
        }
        if (sum != closingUnits)
        {
            throw new InvalidOperationException(
                $"Statement of {holder}: opening {openingUnits} plus movements {sum - openingUnits} is {sum}, not the closing {closingUnits}.");
        }
        if (nav is not null && nav.AdoptedAt >= period.End)
        {
            throw new ArgumentException("The NAV was adopted after the period ended.", nameof(nav));
        }
        Scheme = scheme;
        Holder = holder;
        Period = period;
        OpeningUnits = openingUnits;
        Movements = movements;
        ClosingUnits = closingUnits;
        Nav = nav;
    }

    public SchemeId Scheme { get; }

    /// <summary>The ledger holder (a register owner's text, <c>@developer</c>, <c>@holder:ID</c>...).</summary>
    public string Holder { get; }

    public StatementPeriod Period { get; }

    /// <summary>Fund units (free and pledged) at the start of the period.</summary>
    public long OpeningUnits { get; }

    /// <summary>Every entry in the period that moved the holder's units or cash, in ledger order.</summary>
    public IReadOnlyList<StatementMovement> Movements { get; }

    /// <summary>Fund units (free and pledged) at the end of the period.</summary>
    public long ClosingUnits { get; }

    /// <summary>The NAV in force at the end; null when no valuation had been adopted by then.</summary>
    public StatementNav? Nav { get; }

    /// <summary>Fund units in, over the period.</summary>
    public long UnitsIn => Movements.Sum(m => m.UnitsIn);

    /// <summary>Fund units out, over the period.</summary>
    public long UnitsOut => Movements.Sum(m => m.UnitsOut);

    /// <summary>Distributions paid to the holder (or to a payee for them) in the period.</summary>
    public Cents Distributions => new(Movements.Where(m => m.Code == TransferCode.Distribution).Sum(m => m.CashToHolderCents));

    /// <summary>All cash paid to the holder in the period (distributions and any other payment to them).</summary>
    public Cents CashToHolder => new(Movements.Sum(m => m.CashToHolderCents));

    /// <summary>All cash the holder paid in during the period (top-ups).</summary>
    public Cents CashFromHolder => new(Movements.Sum(m => m.CashFromHolderCents));

    /// <summary>Closing units at the NAV, by <see cref="RoundingRule"/>; null without a NAV (never valued at the issue price).</summary>
    public Cents? Value => Nav is { } nav ? Cents.RoundFromDollars(nav.PerUnit * Rational.FromInteger(ClosingUnits)) : null;
}
