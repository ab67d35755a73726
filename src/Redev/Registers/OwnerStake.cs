using Redev.Primitives;

namespace Redev.Registers;

/// <summary>An owner's stake in a flat.</summary>
public sealed record OwnerStake(string Owner, Rational Fraction, string? Mortgagee)
{
    /// <summary>How this owner uses the flat, when the register says.</summary>
    public Occupancy? Occupancy { get; init; }
}
