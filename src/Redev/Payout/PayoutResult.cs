using Redev.Primitives;

namespace Redev.Payout;

/// <summary>
/// A payout split to the cent: the fee, and every holder's cents, which with the fee add up to the
/// amount exactly.
/// </summary>
public sealed record PayoutResult
{
    /// <summary>How the cents are rounded, in one sentence, for tables and documents.</summary>
    public const string RoundingRule =
        "Fee = amount × rate rounded down to the cent. Each holder's exact share of the rest is (amount − fee) × units ÷ total units; " +
        "each first gets the floor of its share in cents, and the cents left over go one each to the holders with the largest " +
        "fractional parts, ties to the holder whose id sorts first (ordinal).";

    public PayoutResult(Cents amount, FeeRate rate, Cents fee, IReadOnlyList<PayoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paid = lines.Aggregate(Cents.Zero, (s, l) => s + l.Cents);
        if (fee + paid != amount)
        {
            throw new ArgumentException($"The fee ({fee.Value}) and the holders' cents ({paid.Value}) do not add up to the amount ({amount.Value}).", nameof(lines));
        }
        Amount = amount;
        Rate = rate;
        Fee = fee;
        Lines = lines;
    }

    /// <summary>The amount to pay out, before the fee.</summary>
    public Cents Amount { get; }

    public FeeRate Rate { get; }

    /// <summary>The fee taken first: <see cref="Amount"/> × <see cref="Rate"/>, rounded down to the cent.</summary>
    public Cents Fee { get; }

    /// <summary>What is split among the holders: <see cref="Amount"/> − <see cref="Fee"/>.</summary>
    public Cents Net => Amount - Fee;

    /// <summary>One line per holder, ordered by holder id (ordinal).</summary>
    public IReadOnlyList<PayoutLine> Lines { get; }
}
