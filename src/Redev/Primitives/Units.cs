using System.Globalization;

namespace Redev.Primitives;

/// <summary>A whole number of fund units of one scheme.</summary>
/// <remarks>Units are indivisible by design: fractions are settled by the largest-remainder rule.</remarks>
public readonly record struct Units(long Value) : IComparable<Units>
{
    public static Units Zero => default;

    public static Units operator +(Units a, Units b) => new(checked(a.Value + b.Value));
    public static Units operator -(Units a, Units b) => new(checked(a.Value - b.Value));
    public static bool operator <(Units a, Units b) => a.Value < b.Value;
    public static bool operator >(Units a, Units b) => a.Value > b.Value;
    public static bool operator <=(Units a, Units b) => a.Value <= b.Value;
    public static bool operator >=(Units a, Units b) => a.Value >= b.Value;

    public int CompareTo(Units other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture);
}
