using Redev.Completion;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Tests.Completion;

/// <summary>The lifecycle's guards after completion, each refusing with its own code.</summary>
public class CompletionGuardsTests
{
    private static readonly SchemeId Id = SchemeId.Parse("g-1");
    private static readonly CompletionEvidence Settled = new(true, 0, 0, 0, Cents.Zero, 0);

    [Theory]
    [InlineData(SchemeState.Distributed, "choice-window-open")]
    [InlineData(SchemeState.Operating, "choice-window-open")]
    public void Nothing_is_distributed_or_operated_before_the_window_closes(SchemeState target, string code) =>
        Assert.Equal(code, CompletionGuards.Check(Id, target, Settled with { WindowClosed = false })?.Code);

    [Fact]
    public void Distributed_needs_every_unit_settled() =>
        Assert.Equal("units-outstanding", CompletionGuards.Check(Id, SchemeState.Distributed, Settled with { UnitsOutstanding = 5 })?.Code);

    [Fact]
    public void Operating_needs_the_others_settled_someone_staying_and_every_flat_disposed_of()
    {
        Assert.Equal("holders-unsettled", CompletionGuards.Check(Id, SchemeState.Operating, Settled with { Unsettled = 1, IncomeUnits = 9 })?.Code);
        Assert.Equal("no-income-holders", CompletionGuards.Check(Id, SchemeState.Operating, Settled)?.Code);
        Assert.Equal("flats-undisposed", CompletionGuards.Check(Id, SchemeState.Operating, Settled with { IncomeUnits = 9, FlatsUndisposed = 2 })?.Code);
        Assert.Null(CompletionGuards.Check(Id, SchemeState.Operating, Settled with { IncomeUnits = 9, UnitsOutstanding = 9 }));
    }

    [Fact]
    public void Closing_needs_no_unit_outstanding_and_an_empty_escrow()
    {
        Assert.Equal("units-outstanding", CompletionGuards.Check(Id, SchemeState.Closed, Settled with { UnitsOutstanding = 1 })?.Code);
        Assert.Equal("escrow-not-empty", CompletionGuards.Check(Id, SchemeState.Closed, Settled with { Escrow = new Cents(1) })?.Code);
        Assert.Null(CompletionGuards.Check(Id, SchemeState.Closed, Settled));
    }
}
