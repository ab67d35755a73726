using Redev.Primitives;

namespace Redev.Registers;

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
