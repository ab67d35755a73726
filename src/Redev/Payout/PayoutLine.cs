using Redev.Primitives;

namespace Redev.Payout;

/// <summary>What one holder receives: its exact share and the whole cents paid to its payee.</summary>
/// <remarks>
/// The exact share is kept beside the cents so a reader (or a test) can see that the cents are its
/// floor or one more, and never further from it.
/// </remarks>
public sealed record PayoutLine
{
    public PayoutLine(PayoutHolding holding, Rational share, Cents cents)
    {
        ArgumentNullException.ThrowIfNull(holding);
        var floor = share.Floor();
        if (share.Sign < 0 || (cents.Value != floor && cents.Value != floor + 1))
        {
            throw new ArgumentException($"{holding.Holder}: {cents.Value} cents is not the floor of {share} or one more.", nameof(cents));
        }
        Holding = holding;
        Share = share;
        Cents = cents;
    }

    public PayoutHolding Holding { get; }

    /// <summary>The exact share in cents: (amount − fee) × units ÷ total units.</summary>
    public Rational Share { get; }

    /// <summary>The whole cents paid: the floor of <see cref="Share"/>, or one more by the largest-remainder rule.</summary>
    public Cents Cents { get; }

    public string Holder => Holding.Holder;
    public long Units => Holding.Units;
    public string Payee => Holding.Payee;
}
