using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// A flat of the new building as the completion register lists it: where it is, its saleable area and the
/// three independent appraisals its value is adopted from (the same three-appraiser rule as the fund's
/// valuations, docs/completion.md). A fund unit (基金單位) converts into one of these (住宅單位) at the
/// completion NAV.
/// </summary>
public sealed record NewFlat
{
    public NewFlat(string flat, string floor, long saleableAreaSqFt, IReadOnlyList<Cents> appraisals, Cents value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flat);
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(appraisals);
        ArgumentOutOfRangeException.ThrowIfLessThan(saleableAreaSqFt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(appraisals.Count, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(value.Value, 1);
        Flat = flat;
        Floor = floor;
        SaleableAreaSqFt = saleableAreaSqFt;
        Appraisals = appraisals.ToArray();
        Value = value;
    }

    /// <summary>The flat's name in the new building, e.g. <c>12A</c>; unique in the register.</summary>
    public string Flat { get; }

    public string Floor { get; }

    /// <summary>Saleable area in square feet, as Hong Kong sales brochures state it.</summary>
    public long SaleableAreaSqFt { get; }

    /// <summary>The appraisers' values, in file order.</summary>
    public IReadOnlyList<Cents> Appraisals { get; }

    /// <summary>The adopted value: the median of the appraisals.</summary>
    public Cents Value { get; }
}
