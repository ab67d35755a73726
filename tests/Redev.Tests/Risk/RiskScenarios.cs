using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Risk;
using Redev.Tests.Support;

namespace Redev.Tests.Risk;

/// <summary>A small register and a scenario with no randomness left in it, for closed-form checks.</summary>
public static class RiskScenarios
{
    /// <summary>Drift 2^-7 a month: sums of it are exact in binary, so the index has a closed form.</summary>
    public const double Drift = 0.0078125;

    public static BuildingRegister Register() => new RegisterBuilder()
        .Flat("1/F A", 30, "A", appraised: "3000000.00")
        .Flat("1/F B", 20, "B", "1/2", appraised: "2000000.00")
        .Flat("1/F B", 20, "C", "1/2", appraised: "2000000.00")
        .Flat("G/F Shop", 50, "D", appraised: "6000000.00", use: "shop")
        .Common("Roof", 5)
        .Parse(requireAppraisals: true);

    public static RiskScenario Certain(AllocationPolicy policy = AllocationPolicy.Equity) => new()
    {
        RegisterPath = "test.csv",
        Policy = policy,
        SiteValue = Cents.FromDollars(11_000_000),
        ConstructionCost = Cents.FromDollars(9_000_000),
        PostValue = Cents.FromDollars(25_000_000),
        CommonBurden = Cents.FromDollars(12_000_000),
        IssuePrice = Cents.FromDollars(10),
        StartingRegime = MarketRegime.Stabilising,
        Market = RegimeDynamics.OneRegime(Drift, 0),
        Timeline = new Timeline(6, 12, 36, TriangularDelay.None, TriangularDelay.None, TriangularDelay.None),
        FinanceRate = 0.06,
        DepositRate = 0.02,
        AcquisitionOfferMultiple = 2,
    };

    public static RiskModel Model(RiskScenario scenario)
    {
        var model = RiskModel.Build("test.json", scenario, Register(), out var problems);
        Assert.True(model is not null, string.Join("\n", problems));
        return model!;
    }

    public static long ToCents(double dollars) => (long)Math.Round(dollars * 100, MidpointRounding.AwayFromZero);
}
