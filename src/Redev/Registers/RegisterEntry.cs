using Redev.Primitives;

namespace Redev.Registers;

/// <summary>One row of a building register: one owner's stake in one flat (or one common-parts row).</summary>
/// <param name="Lot">The lot the flat stands on; <see cref="BuildingRegister.DefaultLot"/> for single-lot sites.</param>
/// <param name="Flat">The flat's designation, e.g. <c>3/F A</c> or <c>G/F Shop</c>.</param>
/// <param name="Shares">The flat's undivided shares of the lot (the same on every row of the flat).</param>
/// <param name="SaleableAreaSqft">Saleable area in square feet, when known.</param>
/// <param name="Owner">The owner exactly as written; null only for common-parts rows.</param>
/// <param name="OwnerFraction">This owner's fraction of the flat (tenants in common).</param>
/// <param name="AppraisedValue">The whole flat's appraised value, when known.</param>
/// <param name="Mortgagee">The lender this owner's stake is mortgaged to, if any.</param>
/// <param name="Use">What the flat is used for.</param>
/// <param name="Line">Where the row came from, so later checks can point back to it.</param>
public sealed record RegisterEntry(
    string Lot,
    string Flat,
    UndividedShares Shares,
    decimal? SaleableAreaSqft,
    string? Owner,
    Rational OwnerFraction,
    Cents? AppraisedValue,
    string? Mortgagee,
    FlatUse Use,
    int Line)
{
    public bool IsCommon => Use == FlatUse.Common;

    /// <summary>How the owner uses the flat, when the register says (the optional <c>occupancy</c> column); it sets their acquisition offer.</summary>
    public Occupancy? Occupancy { get; init; }
}
