using Redev.Payout;
using Redev.Primitives;

namespace Redev.Tests.Payout;

public class PayoutSplitTests
{
    private static FeeRate Rate(string text) => FeeRate.TryParse(text, out var r, out _) ? r : throw new ArgumentException(text);

    private static IReadOnlyList<PayoutHolding> Thirds() =>
        [new("C", 1), new("A", 1), new("B", 1, "Bank")];

    [Fact]
    public void The_fee_is_rounded_down_to_the_cent()
    {
        // 1.5% of HK$100.99 is 151.485 cents: the fee is 151, never 152.
        var result = PayoutSplit.Split(new Cents(10_099), Rate("0.015"), Thirds());

        Assert.Equal(151, result.Fee.Value);
        Assert.Equal(9_948, result.Net.Value);
    }

    [Fact]
    public void A_fee_just_short_of_a_whole_cent_is_still_rounded_down()
    {
        var result = PayoutSplit.Split(new Cents(99), Rate("0.0101"), Thirds());

        Assert.Equal(0, result.Fee.Value);
    }

    [Fact]
    public void A_pledged_holders_money_goes_to_the_pledgee()
    {
        var result = PayoutSplit.Split(new Cents(300), FeeRate.Zero, Thirds());

        Assert.Equal("Bank", result.Lines.Single(l => l.Holder == "B").Payee);
        Assert.Equal("A", result.Lines.Single(l => l.Holder == "A").Payee);
    }

    [Fact]
    public void An_equal_remainder_goes_to_the_holder_id_that_sorts_first_ordinally()
    {
        // 100 cents in thirds: 33 each and one left over, tied; "B" sorts before "a" in ordinal order.
        var result = PayoutSplit.Split(new Cents(100), FeeRate.Zero, [new PayoutHolding("a", 1), new PayoutHolding("c", 1), new PayoutHolding("B", 1)]);

        Assert.Equal(["B", "a", "c"], result.Lines.Select(l => l.Holder));
        Assert.Equal([34L, 33L, 33L], result.Lines.Select(l => l.Cents.Value));
    }

    [Fact]
    public void The_largest_remainder_wins_over_the_holder_id()
    {
        // 10 cents by 1:2:4 units: exact shares 10/7, 20/7, 40/7 = 1+3/7, 2+6/7, 5+5/7; floors 8, two cents left.
        var result = PayoutSplit.Split(new Cents(10), FeeRate.Zero, [new PayoutHolding("a", 1), new PayoutHolding("b", 2), new PayoutHolding("c", 4)]);

        Assert.Equal([1L, 3L, 6L], result.Lines.Select(l => l.Cents.Value));
    }

    [Fact]
    public void A_holder_with_no_units_gets_nothing()
    {
        var result = PayoutSplit.Split(new Cents(999), FeeRate.Zero, [new PayoutHolding("a", 0), new PayoutHolding("b", 5)]);

        Assert.Equal([0L, 999L], result.Lines.Select(l => l.Cents.Value));
    }

    [Fact]
    public void Holdings_that_total_zero_units_are_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentException>(() => PayoutSplit.Split(new Cents(1), FeeRate.Zero, [new PayoutHolding("a", 0)]));
    }

    [Fact]
    public void A_holder_given_twice_is_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentException>(() => PayoutSplit.Split(new Cents(1), FeeRate.Zero, [new PayoutHolding("a", 1), new PayoutHolding("a", 2)]));
    }
}
