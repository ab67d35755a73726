using Redev.Allocation;

namespace Redev.Risk;

/// <summary>
/// The model reduced to the doubles the path loop needs, computed once per run from the exact
/// <see cref="RiskModel"/>. Stream thresholds are the cash alternatives divided by what scales them,
/// so one comparison per path and threshold gives every owner's probability of ending below.
/// </summary>
internal sealed class KernelParameters
{
    public int Horizon, PlannedCompletion, VestingBase, DemolitionBase, CompletionBase, FanStep;
    public int[] FanMonths = [];
    public double[] Drift = new double[3], Volatility = new double[3], Cumulative0 = new double[3], Cumulative1 = new double[3];
    public int StartRegime;
    public StageDelay VestingDelay, DemolitionDelay, CompletionDelay;
    public double OverrunMedian, OverrunSigma, FinanceMonthly, DepositLog;
    public bool Equity;
    public double PostValue, ConstructionCost, CommonBurden, HoldOutExtra, TotalUnits, OwnerSideUnits, DeveloperUnits;
    public double FailureBeforeVesting, NoBuyer;

    /// <summary>What the developer would have had without the scheme (its contribution grown at the deposit rate).</summary>
    public double DeveloperAlternative;

    /// <summary>Every owner's appraised value, for the fund-as-a-whole outcome when the scheme fails.</summary>
    public double AllFlatsValue;

    /// <summary>The scale of each stream's log bins: per-unit value, index, developer, fund.</summary>
    public double[] Scale = new double[Accumulator.Streams];

    /// <summary>[stream][j]: thresholds, each a cash alternative over its owner's scale.</summary>
    public double[][] Thresholds = new double[Accumulator.Streams][];

    /// <summary>The deposit-rate growth from today to the planned completion date.</summary>
    public double GrowthToCompletion => Math.Exp(PlannedCompletion * DepositLog);

    public static KernelParameters From(RiskModel model, Func<KernelParameters, double[][]> thresholds)
    {
        var s = model.Scenario;
        var t = s.Timeline;
        var p = new KernelParameters
        {
            Horizon = t.HorizonMonths,
            PlannedCompletion = t.CompletionMonths,
            VestingBase = t.VestingMonths,
            DemolitionBase = t.DemolitionMonths,
            CompletionBase = t.CompletionMonths,
            StartRegime = (int)s.StartingRegime,
            VestingDelay = t.VestingDelay,
            DemolitionDelay = t.DemolitionDelay,
            CompletionDelay = t.CompletionDelay,
            OverrunMedian = s.Overrun.Median,
            OverrunSigma = s.Overrun.Sigma,
            FinanceMonthly = s.FinanceRate / 12,
            DepositLog = Math.Log(1 + s.DepositRate / 12),
            Equity = s.Policy == AllocationPolicy.Equity,
            PostValue = s.PostValue.Value / 100.0,
            ConstructionCost = s.ConstructionCost.Value / 100.0,
            CommonBurden = s.CommonBurden.Value / 100.0,
            TotalUnits = model.Allocation.TotalUnits.Value,
            OwnerSideUnits = model.OwnerSideUnits,
            DeveloperUnits = model.DeveloperUnits,
            FailureBeforeVesting = s.FailureBeforeVesting,
            NoBuyer = s.HoldOuts.Count > 0 ? s.NoBuyerAtAuction : 0,
            AllFlatsValue = model.Owners.Sum(o => o.MarketValue.Value) / 100.0,
        };
        var buyOutUnits = model.Allocation.For(Allocator.BuyOutId)?.Units.Value ?? 0;
        // The buyers of the hold-outs' units pay the issue price; the compulsory-sale price is the
        // appraisal plus the premium; the difference is a cost of the scheme.
        p.HoldOutExtra = model.HoldOutMarketValue.Value / 100.0 * (1 + s.HoldOutPremium) - buyOutUnits * (s.IssuePrice.Value / 100.0);
        for (var r = 0; r < 3; r++)
        {
            p.Drift[r] = s.Market.Returns[r].MonthlyDrift;
            p.Volatility[r] = s.Market.Returns[r].MonthlyVolatility;
            p.Cumulative0[r] = s.Market.Transitions[r][0];
            p.Cumulative1[r] = s.Market.Transitions[r][0] + s.Market.Transitions[r][1];
        }
        // About sixty points make a smooth fan; the last month is always one of them.
        p.FanStep = Math.Max(1, (p.Horizon + 59) / 60);
        p.FanMonths = Enumerable.Range(1, p.Horizon).Where(m => m % p.FanStep == 0 || m == p.Horizon).ToArray();
        var developerStake = p.Equity ? p.ConstructionCost : p.CommonBurden;
        p.DeveloperAlternative = developerStake * p.GrowthToCompletion;
        p.Scale = [s.IssuePrice.Value / 100.0, 1, Math.Max(developerStake, 1), Math.Max(p.PostValue, 1)];
        p.Thresholds = thresholds(p);
        return p;
    }
}
