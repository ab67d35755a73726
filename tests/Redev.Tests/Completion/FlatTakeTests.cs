using Redev.Completion;
using Redev.Primitives;

namespace Redev.Tests.Completion;

/// <summary>Pricing a flat taken in kind: the units at the completion NAV, rounded once, the difference settled exactly.</summary>
public class FlatTakeTests
{
    private static readonly NewFlat Flat = new("3A", "3", 520, [new Cents(799_000_000), new Cents(800_000_000), new Cents(801_000_000)], new Cents(800_000_000));

    [Fact]
    public void Units_worth_less_than_the_flat_pay_the_difference_in()
    {
        var take = FlatTake.Price("owner", Flat, 1_000_000, new Rational(7_7035, 10_000));

        Assert.Equal(770_350_000, take.UnitsValue.Value);
        Assert.Equal(29_650_000, take.TopUp.Value);
        Assert.Equal(0, take.Refund.Value);
    }

    [Fact]
    public void Units_worth_more_than_the_flat_are_owed_the_difference_and_half_a_cent_rounds_up()
    {
        var take = FlatTake.Price("owner", Flat, 3, new Rational(800_000_001, 2));

        Assert.Equal(120_000_000_150, take.UnitsValue.Value);
        Assert.Equal(take.UnitsValue.Value - Flat.Value.Value, take.Refund.Value);
        Assert.Equal(Flat.Value.Value, take.UnitsValue.Value + take.TopUp.Value - take.Refund.Value);
    }
}
