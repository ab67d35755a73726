using Redev.Building;
using Redev.Primitives;

namespace Redev.Tests.Building;

public class ValuationRoundTests
{
    private static readonly DateOnly On = new(2027, 6, 30);

    private static Appraisal[] Round(params long[] dollars) =>
        dollars.Select((d, i) => new Appraisal(On, $"Firm {i}", Cents.FromDollars(d), new string('a', 64))).ToArray();

    [Fact]
    public void Three_appraisals_within_20_percent_adopt_their_median()
    {
        Assert.Equal(Cents.FromDollars(110), ValuationRound.Adopt(Round(120, 100, 110), out var refusal));
        Assert.Null(refusal);
    }

    [Fact]
    public void A_spread_of_exactly_20_percent_is_adopted_and_one_cent_more_is_not()
    {
        Assert.NotNull(ValuationRound.Adopt(Round(90, 100, 110), out _));
        var wider = Round(90, 100, 110);
        wider[2] = new Appraisal(On, "Firm 2", new Cents(11_001), wider[2].ReportHash);

        Assert.Null(ValuationRound.Adopt(wider, out var refusal));
        Assert.Equal("appraisal-spread", refusal?.Code);
    }

    [Fact]
    public void Two_appraisals_are_too_few()
    {
        Assert.Null(ValuationRound.Adopt(Round(100, 100), out var refusal));
        Assert.Equal("too-few-appraisals", refusal?.Code);
    }

    [Fact]
    public void The_median_of_an_even_round_is_the_mean_of_the_middle_two_rounded_down_to_the_cent()
    {
        var round = new[] { 10_000L, 10_001L, 10_002L, 10_005L }.Select((c, i) => new Appraisal(On, $"F{i}", new Cents(c), new string('b', 64))).ToArray();

        Assert.Equal(new Cents(10_001), ValuationRound.Median(round));
    }
}
