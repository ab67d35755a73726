namespace Redev.App.Statements;

/// <summary>The NAV a statement values the closing units at: the latest valuation adopted before the period ended, as set on adoption.</summary>
/// <param name="ValuedOn">The valuation date (YYYY-MM-DD).</param>
/// <param name="AdoptedAt">When the certifier adopted it, Hong Kong time.</param>
/// <param name="PerUnitCents">NAV per fund unit in HKD cents, rounded half away from zero.</param>
/// <param name="PerUnitExact">NAV per fund unit in HKD as an exact fraction (numerator/denominator), which the value is computed from.</param>
public sealed record StatementNavDocument(string ValuedOn, DateTimeOffset AdoptedAt, long PerUnitCents, string PerUnitExact);
