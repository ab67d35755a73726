using Redev.Primitives;

namespace Redev.Statements;

/// <summary>
/// The NAV a statement values the closing units at: the latest adopted valuation before the period ended, as
/// it was set on adoption (the NAV history's point), never today's figure, so a statement printed again later
/// says the same. Null on a statement when nothing was adopted by then: the issue price is not a NAV.
/// </summary>
/// <param name="ValuedOn">The valuation date.</param>
/// <param name="AdoptedAt">When the certifier adopted it (before the period's end).</param>
/// <param name="PerUnit">NAV per fund unit in HKD, exact.</param>
public sealed record StatementNav(DateOnly ValuedOn, DateTimeOffset AdoptedAt, Rational PerUnit)
{
    /// <summary>NAV per unit to the cent (halves away from zero), as the NAV pages show it.</summary>
    public Cents PerUnitCents => Cents.RoundFromDollars(PerUnit);
}
