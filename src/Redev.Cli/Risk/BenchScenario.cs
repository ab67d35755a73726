using Redev.Allocation;
using Redev.Risk;
using Redev.Store.Demo;

namespace Redev.Cli.Risk;

/// <summary>
/// The fixed scenario <c>redev risk bench</c> times: the demo building under equity, all three
/// regimes switching, delays whose maxima make the horizon exactly 120 months, failures possible.
/// </summary>
public static class BenchScenario
{
    public static RiskModel Model()
    {
        var register = DemoData.Register();
        var scenario = new RiskScenario
        {
            RegisterPath = "(built-in demo register)",
            Policy = AllocationPolicy.Equity,
            SiteValue = DemoData.SiteValue,
            ConstructionCost = DemoData.ConstructionCost,
            PostValue = DemoData.PostValue,
            IssuePrice = DemoData.IssuePrice,
            // Only the demo's hold-outs that the demo register actually names.
            HoldOuts = DemoData.HoldOuts.Where(register.OwnsAny).Order(StringComparer.Ordinal).ToArray(),
            HoldOutPremium = 0.2,
            StartingRegime = MarketRegime.Downturn,
            Market = new RegimeDynamics(
                [new(-0.008, 0.035), new(0.001, 0.02), new(0.006, 0.025)],
                [[0.94, 0.06, 0], [0.04, 0.90, 0.06], [0.01, 0.04, 0.95]]),
            Timeline = new Timeline(12, 24, 96, new TriangularDelay(0, 2, 8), new TriangularDelay(0, 1, 4), new TriangularDelay(0, 6, 12)),
            Overrun = new CostOverrun(1.05, 0.1),
            FinanceRate = 0.06,
            DepositRate = 0.02,
            FailureBeforeVesting = 0.1,
            NoBuyerAtAuction = 0.05,
        };
        return RiskModel.Build("bench", scenario, register, out var problems)
               ?? throw new InvalidOperationException("The bench scenario is invalid: " + string.Join("; ", problems));
    }
}
