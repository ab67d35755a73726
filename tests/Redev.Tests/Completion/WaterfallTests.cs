using Redev.Completion;
using Redev.Payout;
using Redev.Primitives;

namespace Redev.Tests.Completion;

/// <summary>The sale waterfall: order of payment, what a shortfall leaves unpaid, and exact cents over random cases.</summary>
public class WaterfallTests
{
    private static FeeRate Rate(string text)
    {
        Assert.True(FeeRate.TryParse(text, out var rate, out _));
        return rate;
    }

    [Fact]
    public void Proceeds_pay_costs_then_creditors_then_the_fee_then_holders_pro_rata()
    {
        var result = Waterfall.Pay(new Cents(100_000), new Cents(10_000), [new Creditor("bank", new Cents(20_000))], Rate("0.1"),
            [new PayoutHolding("a", 1), new PayoutHolding("b", 3, "mortgagee")]);

        Assert.Equal([WaterfallStep.SellingCosts, WaterfallStep.Creditor, WaterfallStep.ConvenerFee, WaterfallStep.Holder, WaterfallStep.Holder], result.Lines.Select(l => l.Step));
        Assert.Equal([10_000L, 20_000, 7_000, 15_750, 47_250], result.Lines.Select(l => l.Cents.Value));
        Assert.Equal("mortgagee", result.Lines[^1].Payee);
        Assert.Equal(0, result.OwedUnpaid.Value);
    }

    [Fact]
    public void A_shortfall_pays_seniors_in_order_and_reports_what_is_left_unpaid()
    {
        var result = Waterfall.Pay(new Cents(25_000), new Cents(10_000), [new Creditor("first", new Cents(10_000)), new Creditor("second", new Cents(10_000))], Rate("0.1"),
            [new PayoutHolding("a", 1)]);

        Assert.Equal([10_000L, 10_000, 5_000, 0], result.Lines.Select(l => l.Cents.Value));
        Assert.Equal(5_000, result.OwedUnpaid.Value);
        Assert.Equal(0, result.PaidAt(WaterfallStep.ConvenerFee).Value);
    }

    [Fact]
    public void Every_cent_of_random_proceeds_is_paid_or_reported_and_no_holder_is_a_cent_from_its_exact_share()
    {
        var random = new Random(20261203);
        for (var k = 0; k < 500; k++)
        {
            var proceeds = new Cents(random.NextInt64(0, 10_000_000_000));
            var costs = new Cents(random.NextInt64(0, proceeds.Value / 10 + 2));
            var creditors = Enumerable.Range(0, random.Next(0, 4)).Select(i => new Creditor($"c{i}", new Cents(random.NextInt64(0, proceeds.Value / 5 + 2)))).ToArray();
            var holders = Enumerable.Range(0, random.Next(1, 60)).Select(i => new PayoutHolding($"h{i:000}", random.NextInt64(1, 5_000_000), random.Next(5) == 0 ? "bank" : null)).ToArray();
            var rate = Rate("0." + random.Next(0, 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture));

            var result = Waterfall.Pay(proceeds, costs, creditors, rate, holders);

            Assert.Equal(proceeds.Value, result.Lines.Sum(l => l.Cents.Value) + result.Retained.Value);
            var senior = costs.Value + creditors.Sum(c => c.Owed.Value);
            Assert.Equal(Math.Max(0, senior - proceeds.Value), result.OwedUnpaid.Value);
            var rest = Math.Max(0, proceeds.Value - senior);
            var net = rest - result.PaidAt(WaterfallStep.ConvenerFee).Value;
            var units = holders.Sum(h => (decimal)h.Units);
            foreach (var line in result.Lines.Where(l => l.Step == WaterfallStep.Holder))
            {
                var exact = net * (decimal)line.Units / units;
                Assert.True(Math.Abs(line.Cents.Value - exact) < 1m, $"case {k}: {line.Holder} got {line.Cents.Value}, exact {exact}");
            }
        }
    }
}
