namespace Redev.Payout;

/// <summary>
/// One holder's place in a payout: how many units it holds and, when its units are pledged, to whom
/// the money goes instead.
/// </summary>
/// <remarks>
/// A pledgee (a mortgagee holding the units as security) is paid in the holder's place, as a bank
/// is paid the rent of a mortgaged flat; the holder's share is still computed from the holder's units.
/// </remarks>
public sealed record PayoutHolding
{
    public PayoutHolding(string holder, long units, string? pledgee = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        Holder = holder;
        Units = units;
        Pledgee = string.IsNullOrEmpty(pledgee) ? null : pledgee;
    }

    /// <summary>The holder's id; ties in rounding go to the id that sorts first (ordinal).</summary>
    public string Holder { get; }

    /// <summary>Whole units held, zero or more.</summary>
    public long Units { get; }

    /// <summary>Who is paid instead of the holder, or null.</summary>
    public string? Pledgee { get; }

    /// <summary>Who receives the money: the pledgee where there is one, else the holder.</summary>
    public string Payee => Pledgee ?? Holder;
}
