using System.Globalization;

namespace Redev.Primitives;

/// <summary>
/// Undivided shares of a lot (不分割份數), as allotted by the deed of mutual covenant.
/// </summary>
/// <remarks>Consents are counted in these, never in flats or heads, because Cap. 545 counts them.</remarks>
public readonly record struct UndividedShares : IComparable<UndividedShares>
{
    public long Value { get; }

    public UndividedShares(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Undivided shares cannot be negative.");
        }
        Value = value;
    }

    public static UndividedShares Zero => default;

    public static UndividedShares operator +(UndividedShares a, UndividedShares b) => new(checked(a.Value + b.Value));

    public static bool operator <(UndividedShares a, UndividedShares b) => a.Value < b.Value;
    public static bool operator >(UndividedShares a, UndividedShares b) => a.Value > b.Value;
    public static bool operator <=(UndividedShares a, UndividedShares b) => a.Value <= b.Value;
    public static bool operator >=(UndividedShares a, UndividedShares b) => a.Value >= b.Value;

    public int CompareTo(UndividedShares other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture);
}
