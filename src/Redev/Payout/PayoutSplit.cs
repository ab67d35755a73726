using System.Numerics;
using Redev.Allocation;
using Redev.Primitives;

namespace Redev.Payout;

/// <summary>
/// Splits a cash payout (a distribution, rent, sale proceeds) among unit holders pro rata by units,
/// exact to the cent. Pure and stateless, so the rule can be checked from outside (docs/payout.md).
/// </summary>
/// <remarks>
/// The fee is taken first and rounded down, so it never exceeds its rate. The rest is divided on
/// rationals and rounded once, by the same largest-remainder rule as allocation
/// (<see cref="Allocator.LargestRemainder"/>): the holders' cents add up to the rest exactly, and no
/// holder is a cent away from its exact share.
/// </remarks>
public static class PayoutSplit
{
    /// <summary>Splits <paramref name="amount"/>, less the fee at <paramref name="rate"/>, among <paramref name="holdings"/>.</summary>
    /// <exception cref="ArgumentException">When the amount is negative, a holder appears twice or the units total zero:
    /// a caller reading user input reports those first (<see cref="HoldingsCsv"/>).</exception>
    public static PayoutResult Split(Cents amount, FeeRate rate, IReadOnlyList<PayoutHolding> holdings)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        if (amount.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A payout amount is zero or more.");
        }
        var ordered = holdings.OrderBy(h => h.Holder, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Holder, ordered[i].Holder, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Holder {ordered[i].Holder} appears twice.", nameof(holdings));
            }
        }
        var totalUnits = ordered.Aggregate(BigInteger.Zero, (s, h) => s + h.Units);
        if (totalUnits.IsZero)
        {
            throw new ArgumentException("The holders' units total zero, so there is nothing to split by.", nameof(holdings));
        }

        var fee = rate.FeeOn(amount);
        var net = amount - fee;
        var shares = ordered
            .Select(h => (h.Holder, Entitlement: new Rational(new BigInteger(net.Value) * h.Units, totalUnits)))
            .ToArray();
        var cents = Allocator.LargestRemainder(shares, out var total);
        if (total != net.Value)
        {
            throw new InvalidOperationException($"The shares sum to {total} cents, not the {net.Value} to pay out.");
        }
        var lines = ordered.Select((h, i) => new PayoutLine(h, shares[i].Entitlement, new Cents(cents[i]))).ToArray();
        return new PayoutResult(amount, rate, fee, lines);
    }
}
