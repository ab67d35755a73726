using Redev.Completion;
using Redev.Payout;
using Redev.Primitives;

namespace Redev.Tests.Completion;

/// <summary>The income fund's yearly distribution: whole cents per unit, the rest carried forward, the REIT 90% minimum named.</summary>
public class IncomeDistributionTests
{
    [Fact]
    public void Net_income_is_paid_in_whole_cents_per_unit_and_the_remainder_is_carried_forward()
    {
        var d = IncomeDistribution.Compute(new Cents(1_000_000), new Cents(100_000), new Cents(50_001), new Cents(7), [new PayoutHolding("a", 300), new PayoutHolding("b", 700, "bank")]);

        Assert.Equal(849_999, d.NetIncome.Value);
        Assert.Equal(850_006, d.Distributable.Value);
        Assert.Equal(850, d.PerUnitCents);
        Assert.Equal([255_000L, 595_000], d.Lines.Select(l => l.Cents.Value));
        Assert.Equal("bank", d.Lines[1].Payee);
        Assert.Equal(6, d.CarriedForward.Value);
        Assert.True(d.MeetsReitMinimum);
    }

    [Fact]
    public void A_loss_distributes_nothing_of_itself_but_still_pays_what_was_carried()
    {
        var d = IncomeDistribution.Compute(new Cents(100), new Cents(500), Cents.Zero, new Cents(2_005), [new PayoutHolding("a", 1_000)]);

        Assert.Equal(-400, d.NetIncome.Value);
        Assert.Equal(2, d.PerUnitCents);
        Assert.Equal(5, d.CarriedForward.Value);
        Assert.True(d.MeetsReitMinimum);
    }

    [Fact]
    public void Income_smaller_than_a_cent_a_unit_is_carried_and_said_to_miss_the_reit_minimum()
    {
        var d = IncomeDistribution.Compute(new Cents(999), Cents.Zero, Cents.Zero, Cents.Zero, [new PayoutHolding("a", 1_000)]);

        Assert.Equal(0, d.Paid.Value);
        Assert.Equal(999, d.CarriedForward.Value);
        Assert.False(d.MeetsReitMinimum);
    }
}
