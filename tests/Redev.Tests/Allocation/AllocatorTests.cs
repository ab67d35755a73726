using Redev.Allocation;
using Redev.Primitives;
using Redev.Tests.Support;

namespace Redev.Tests.Allocation;

public class AllocatorTests
{
    private static AllocationTerms Equity(long site, long cost, long price = 1, WeightBasis w = WeightBasis.Shares) =>
        AllocationTerms.Equity(Cents.FromDollars(site), Cents.FromDollars(cost), Cents.FromDollars(price), w, out _)!;

    [Fact]
    public void The_design_briefs_worked_example_gives_owners_450_of_1150()
    {
        var builder = new RegisterBuilder();
        for (var i = 0; i < 100; i++)
        {
            builder.Flat($"Flat {i:000}", 1, $"Owner {i:000}", area: 500);
        }
        var result = Allocator.Allocate(builder.Parse(), Equity(450_000_000, 700_000_000, 10), out _)!;

        Assert.Equal(115_000_000, result.TotalUnits.Value);
        Assert.Equal(70_000_000, result.For(Allocator.DeveloperId)!.Units.Value);
        Assert.All(result.Lines.Where(l => l.Role == HolderRole.Owner), l => Assert.Equal(450_000, l.Units.Value));
    }

    [Fact]
    public void Cost_in_kind_gives_owners_the_post_value_less_the_burden()
    {
        var register = new RegisterBuilder().Flat("1/F", 3, "A").Flat("2/F", 1, "B").Parse();
        var terms = AllocationTerms.CostInKind(Cents.FromDollars(1_544), Cents.FromDollars(700), Cents.FromDollars(1), WeightBasis.Shares, out _)!;

        var result = Allocator.Allocate(register, terms, out _)!;

        Assert.Equal(633, result.For("A")!.Units.Value);
        Assert.Equal(211, result.For("B")!.Units.Value);
        Assert.Equal(700, result.For(Allocator.DeveloperId)!.Units.Value);
        Assert.Equal(1_544, result.TotalUnits.Value);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(100, 150)]
    public void A_burden_at_or_above_the_post_value_is_refused(long post, long burden)
    {
        var terms = AllocationTerms.CostInKind(Cents.FromDollars(post), Cents.FromDollars(burden), Cents.FromDollars(1), WeightBasis.Shares, out var refusal);
        Assert.Null(terms);
        Assert.Equal("burden-exceeds-value", refusal!.Code);
    }

    [Fact]
    public void Leftover_units_go_to_the_largest_fractional_parts_then_to_the_first_id()
    {
        // Three equal co-owners of 100 units: 33 1/3 each, one unit left, which goes to "A" (ordinal first).
        var register = new RegisterBuilder().Flat("1/F", 1, "C", "1/3").Flat("1/F", 1, "A", "1/3").Flat("1/F", 1, "B", "1/3").Parse();
        var result = Allocator.Allocate(register, Equity(100, 0), out _)!;
        Assert.Equal([34L, 33L, 33L, 0L], new[] { "A", "B", "C", Allocator.DeveloperId }.Select(h => result.For(h)!.Units.Value));
    }

    [Fact]
    public void A_larger_fractional_part_wins_over_an_earlier_id()
    {
        // A: 10 * 1/4 = 2.5, B: 10 * 3/4 = 7.5, developer 0.6 → total floor(10.6) = 10; floors 2 + 7 + 0 = 9,
        // and the leftover unit goes to the developer (0.6 beats 0.5).
        var register = new RegisterBuilder().Flat("1/F", 1, "A", "1/4").Flat("1/F", 1, "B", "3/4").Parse();
        var terms = AllocationTerms.Equity(Cents.FromDollars(10), new Cents(60), Cents.FromDollars(1), WeightBasis.Shares, out _)!;
        var result = Allocator.Allocate(register, terms, out _)!;
        Assert.Equal((2L, 7L, 1L), (result.For("A")!.Units.Value, result.For("B")!.Units.Value, result.For(Allocator.DeveloperId)!.Units.Value));
    }

    [Fact]
    public void Weights_by_appraisal_use_each_flats_value()
    {
        var register = new RegisterBuilder().Flat("1/F", 1, "A", appraised: "3000000").Flat("2/F", 99, "B", appraised: "1000000").Parse();
        var result = Allocator.Allocate(register, Equity(400, 0, w: WeightBasis.Appraised), out _)!;
        Assert.Equal((300L, 100L), (result.For("A")!.Units.Value, result.For("B")!.Units.Value));
    }

    [Fact]
    public void An_owner_of_several_flats_receives_one_aggregated_line()
    {
        var register = new RegisterBuilder().Flat("1/F", 10, "A").Flat("2/F", 10, "A", "1/2").Flat("2/F", 10, "B", "1/2").Parse();
        var result = Allocator.Allocate(register, Equity(200, 0), out _)!;
        Assert.Equal((150L, 50L), (result.For("A")!.Units.Value, result.For("B")!.Units.Value));
        Assert.Single(result.Lines, l => l.Holder == "A");
    }

    [Fact]
    public void Common_parts_shares_take_no_part_in_the_weights()
    {
        var register = new RegisterBuilder().Flat("1/F", 10, "A").Flat("2/F", 30, "B").Common("Roof", 60).Parse();
        var result = Allocator.Allocate(register, Equity(400, 0), out _)!;
        Assert.Equal((100L, 300L), (result.For("A")!.Units.Value, result.For("B")!.Units.Value));
    }

    [Fact]
    public void Hold_outs_units_go_to_the_buy_out_at_the_same_price()
    {
        var register = new RegisterBuilder().Flat("1/F", 10, "A").Flat("2/F", 30, "B").Parse();
        var result = Allocator.Allocate(register, Equity(400, 100), out _, new HashSet<string> { "A" })!;
        Assert.Equal(100, result.For("A")!.Units.Value);
        Assert.Null(result.For("B"));
        Assert.Equal(300, result.For(Allocator.BuyOutId)!.Units.Value);
        Assert.Equal(500, result.TotalUnits.Value);
    }

    [Fact]
    public void Share_weights_across_several_lots_are_refused()
    {
        var register = new RegisterBuilder(RegisterBuilder.Header + ",lot")
            .Raw("1/F,10,400,A,1,1000,,residential,L1").Raw("1/F,20,400,B,1,1000,,residential,L2").Parse();
        Assert.Null(Allocator.Allocate(register, Equity(100, 0), out var refusal));
        Assert.Equal("shares-across-lots", refusal!.Code);
        Assert.NotNull(Allocator.Allocate(register, Equity(100, 0, w: WeightBasis.Appraised), out _));
    }

    [Fact]
    public void Values_are_units_at_the_issue_price_to_the_cent()
    {
        var register = new RegisterBuilder().Flat("1/F", 1, "A").Parse();
        var terms = AllocationTerms.Equity(new Cents(1_000_01), Cents.Zero, new Cents(3_33), WeightBasis.Shares, out _)!;
        var line = Allocator.Allocate(register, terms, out _)!.For("A")!;
        Assert.Equal(300, line.Units.Value);
        Assert.Equal(new Cents(999_00), line.Value);
        Assert.Equal(new Rational(100_001, 333), line.Entitlement);
    }
}
