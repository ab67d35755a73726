using Redev.Allocation;
using Redev.Building;
using Redev.Primitives;

namespace Redev.Tests.Building;

public class NetAssetValueTests
{
    [Fact]
    public void Nav_per_unit_is_exact_and_rounds_only_for_display()
    {
        var nav = new NetAssetValue(Cents.FromDollars(245_000_000), Cents.FromDollars(75_000_000), Cents.FromDollars(75_000_000), 24_300_000);

        Assert.Equal(new Rational(2450, 243), nav.PerUnit);
        Assert.Equal(new Cents(1008), nav.PerUnitCents);
    }

    [Fact]
    public void A_fund_below_its_issue_price_says_how_much_each_unit_lost()
    {
        var nav = new NetAssetValue(Cents.FromDollars(70), Cents.Zero, Cents.Zero, 10);

        Assert.Equal(Rational.FromInteger(3), nav.LossPerUnit(Cents.FromDollars(10)));
    }

    [Theory]
    [InlineData(AllocationPolicy.Equity, false, 600)]
    [InlineData(AllocationPolicy.Equity, true, 0)]
    [InlineData(AllocationPolicy.CostInKind, false, 1000)]
    [InlineData(AllocationPolicy.CostInKind, true, 400)]
    public void The_developers_claim_follows_the_policy_and_a_default(AllocationPolicy policy, bool defaulted, long claim)
    {
        Assert.Equal(new Cents(claim), DeveloperClaim.Of(policy, new Cents(1000), new Cents(400), defaulted));
    }
}
