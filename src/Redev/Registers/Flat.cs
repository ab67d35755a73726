using Redev.Primitives;

namespace Redev.Registers;

/// <summary>An owner's stake in a flat.</summary>
public sealed record OwnerStake(string Owner, Rational Fraction, string? Mortgagee)
{
    /// <summary>How this owner uses the flat, when the register says.</summary>
    public Occupancy? Occupancy { get; init; }
}

/// <summary>A flat (or common-parts allotment) with its owners, built from the register's rows.</summary>
public sealed record Flat(
    string Lot,
    string Designation,
    UndividedShares Shares,
    FlatUse Use,
    decimal? SaleableAreaSqft,
    Cents? AppraisedValue,
    IReadOnlyList<OwnerStake> Owners)
{
    public bool IsCommon => Use == FlatUse.Common;

    /// <summary>A stable key: lot and designation.</summary>
    public string Key => Lot + "\u001f" + Designation;
}
