using Redev.Primitives;

namespace Redev.Registers;

/// <summary>
/// The validated register of a building: every flat, its undivided shares and its owners.
/// </summary>
/// <remarks>
/// Only <see cref="RegisterCsv"/> (or a store reloading what it already validated) builds one, so a
/// register in hand is always consistent: fractions per flat sum to exactly one, shares are positive,
/// and no (flat, owner) pair repeats.
/// </remarks>
public sealed class BuildingRegister
{
    /// <summary>The lot name used when the register has no <c>lot</c> column.</summary>
    public const string DefaultLot = "main";

    public IReadOnlyList<RegisterEntry> Entries { get; }
    public IReadOnlyList<Flat> Flats { get; }
    public IReadOnlyList<string> Lots { get; }

    /// <summary>Owners in ordinal order, each exactly as written in the register.</summary>
    public IReadOnlyList<string> Owners { get; }

    public BuildingRegister(IReadOnlyList<RegisterEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            throw new ArgumentException("A register needs at least one row.", nameof(entries));
        }
        Entries = entries;
        Flats = entries
            .GroupBy(e => (e.Lot, e.Flat))
            .Select(g =>
            {
                var first = g.First();
                var owners = g.Where(e => e.Owner is not null)
                    .Select(e => new OwnerStake(e.Owner!, e.OwnerFraction, e.Mortgagee) { Occupancy = e.Occupancy })
                    .ToArray();
                if (!first.IsCommon && owners.Aggregate(Rational.Zero, (s, o) => s + o.Fraction) != Rational.One)
                {
                    throw new ArgumentException($"Fractions of flat {first.Flat} do not sum to 1.", nameof(entries));
                }
                return new Flat(first.Lot, first.Flat, first.Shares, first.Use, first.SaleableAreaSqft, first.AppraisedValue, owners);
            })
            .ToArray();
        Lots = Flats.Select(f => f.Lot).Distinct().Order(StringComparer.Ordinal).ToArray();
        Owners = Flats.SelectMany(f => f.Owners).Select(o => o.Owner).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Shares of a lot held by owners (the denominator of a consent count).</summary>
    public UndividedShares CountableShares(string lot) =>
        Flats.Where(f => f.Lot == lot && !f.IsCommon).Aggregate(UndividedShares.Zero, (s, f) => s + f.Shares);

    /// <summary>Shares of a lot allotted only to common parts (left out of both sides of a count).</summary>
    public UndividedShares CommonShares(string lot) =>
        Flats.Where(f => f.Lot == lot && f.IsCommon).Aggregate(UndividedShares.Zero, (s, f) => s + f.Shares);

    /// <summary>Whether every (non-common) unit of the lot holds more than 10% of its shares, a Cap. 545 class.</summary>
    public bool EveryUnitOverTenPercent(string lot)
    {
        var total = Flats.Where(f => f.Lot == lot).Aggregate(UndividedShares.Zero, (s, f) => s + f.Shares).Value;
        var units = Flats.Where(f => f.Lot == lot && !f.IsCommon).ToArray();
        return units.Length > 0 && units.All(f => checked(f.Shares.Value * 10) > total);
    }

    public bool OwnsAny(string owner) => Owners.Contains(owner, StringComparer.Ordinal);
}
