using System.Globalization;
using System.Numerics;
using Redev.Payout;
using Redev.Primitives;

namespace Redev.Tests.Payout;

/// <summary>
/// The payout rule over many random holdings and amounts, from a fixed seed, checked against the rule
/// as docs/payout.md states it in whole numbers only (no rationals, no shared code with the split).
/// </summary>
public class PayoutSplitProperties
{
    private const int Seed = 20261202;
    private const int Cases = 600;

    private sealed record Case(Cents Amount, FeeRate Rate, IReadOnlyList<PayoutHolding> Holdings);

    private static IEnumerable<Case> RandomCases()
    {
        var random = new Random(Seed);
        // Ids of mixed case and length, so ordinal order (B < Z < a < b) is what breaks ties, not a culture's.
        string[] alphabet = ["a", "b", "B", "Z", "z", "0", "9", "-", "é"];
        for (var k = 0; k < Cases; k++)
        {
            var n = random.Next(1, k % 10 == 0 ? 400 : 25);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (ids.Count < n)
            {
                ids.Add(string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => alphabet[random.Next(alphabet.Length)])) + ids.Count.ToString(CultureInfo.InvariantCulture)[..random.Next(0, 2)]);
            }
            // Small units make many equal remainders (ties); large ones test the exact arithmetic.
            var maxUnits = (k % 3) switch { 0 => 3L, 1 => 1_000L, _ => 1_000_000_000_000L };
            var holdings = ids.Select(id => new PayoutHolding(id, random.NextInt64(0, maxUnits + 1), random.Next(4) == 0 ? "bank-" + id : null)).ToList();
            if (holdings.All(h => h.Units == 0))
            {
                holdings[0] = new PayoutHolding(holdings[0].Holder, 1, holdings[0].Pledgee);
            }
            var amount = new Cents((k % 4) switch { 0 => random.NextInt64(0, 100), 1 => random.NextInt64(0, 1_000_000), _ => random.NextInt64(0, 100_000_000_000_000) });
            var rateText = (k % 5) switch
            {
                0 => "0",
                1 => "0." + random.Next(0, 100).ToString("00", CultureInfo.InvariantCulture),
                _ => "0." + random.Next(0, 100_000).ToString("00000", CultureInfo.InvariantCulture),
            };
            Assert.True(FeeRate.TryParse(rateText, out var rate, out _), rateText);
            yield return new Case(amount, rate, holdings);
        }
    }

    [Fact]
    public void The_fee_and_the_holders_cents_add_up_to_the_amount_exactly()
    {
        foreach (var c in RandomCases())
        {
            var result = PayoutSplit.Split(c.Amount, c.Rate, c.Holdings);

            Assert.Equal(c.Amount.Value, result.Fee.Value + result.Lines.Sum(l => l.Cents.Value));
            Assert.Equal(c.Holdings.Count, result.Lines.Count);
        }
    }

    [Fact]
    public void Each_holder_gets_the_floor_of_its_exact_share_or_one_cent_more()
    {
        foreach (var c in RandomCases())
        {
            var result = PayoutSplit.Split(c.Amount, c.Rate, c.Holdings);
            var net = new BigInteger(result.Net.Value);
            var total = c.Holdings.Aggregate(BigInteger.Zero, (s, h) => s + h.Units);

            foreach (var line in result.Lines)
            {
                var floor = net * line.Units / total;
                Assert.True(line.Cents.Value == floor || line.Cents.Value == floor + 1, $"{line.Holder}: {line.Cents.Value} cents for a share of {net * line.Units}/{total}");
            }
        }
    }

    [Fact]
    public void The_extra_cents_go_to_the_largest_remainders_ties_to_the_holder_id_that_sorts_first()
    {
        var tiesAtTheCut = 0;
        foreach (var c in RandomCases())
        {
            var result = PayoutSplit.Split(c.Amount, c.Rate, c.Holdings);
            var net = new BigInteger(result.Net.Value);
            var total = c.Holdings.Aggregate(BigInteger.Zero, (s, h) => s + h.Units);
            // The rule in whole numbers: remainder = net × units mod total; all shares have the same denominator.
            var floors = c.Holdings.Select(h => (h.Holder, Floor: net * h.Units / total, Remainder: net * h.Units % total)).ToArray();
            var leftover = (int)(net - floors.Aggregate(BigInteger.Zero, (s, f) => s + f.Floor));
            var expectedPlusOne = floors
                .OrderByDescending(f => f.Remainder)
                .ThenBy(f => f.Holder, StringComparer.Ordinal)
                .Take(leftover)
                .Select(f => f.Holder)
                .ToHashSet(StringComparer.Ordinal);

            if (leftover > 0 && leftover < floors.Length)
            {
                var sorted = floors.OrderByDescending(f => f.Remainder).ToArray();
                tiesAtTheCut += sorted[leftover - 1].Remainder == sorted[leftover].Remainder ? 1 : 0;
            }

            var plusOne = result.Lines
                .Where(l => l.Cents.Value == floors.Single(f => f.Holder == l.Holder).Floor + 1)
                .Select(l => l.Holder)
                .ToHashSet(StringComparer.Ordinal);
            Assert.True(expectedPlusOne.SetEquals(plusOne),
                $"amount {c.Amount.Value}, rate {c.Rate.Text}: +1 went to [{string.Join(",", plusOne.Order(StringComparer.Ordinal))}], expected [{string.Join(",", expectedPlusOne.Order(StringComparer.Ordinal))}]");
        }
        // Equal remainders on both sides of the cut: only the holder id decides, so the tie rule was exercised.
        Assert.True(tiesAtTheCut >= 50, $"only {tiesAtTheCut} cases had a tie at the cut");
    }

    [Fact]
    public void The_fee_is_the_amount_times_the_rate_rounded_down_to_the_cent()
    {
        foreach (var c in RandomCases())
        {
            var result = PayoutSplit.Split(c.Amount, c.Rate, c.Holdings);

            Assert.Equal(new BigInteger(c.Amount.Value) * c.Rate.Value.Numerator / c.Rate.Value.Denominator, result.Fee.Value);
        }
    }

    [Fact]
    public void Each_payee_is_the_holders_pledgee_where_there_is_one_else_the_holder()
    {
        foreach (var c in RandomCases())
        {
            var result = PayoutSplit.Split(c.Amount, c.Rate, c.Holdings);

            var byHolder = c.Holdings.ToDictionary(h => h.Holder, StringComparer.Ordinal);
            Assert.All(result.Lines, l => Assert.Equal(byHolder[l.Holder].Pledgee ?? l.Holder, l.Payee));
        }
    }
}
