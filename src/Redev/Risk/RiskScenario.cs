using Redev.Allocation;
using Redev.Primitives;

namespace Redev.Risk;

/// <summary>
/// Everything a risk run needs besides the register: money terms, market model, timeline, costs,
/// failure probabilities and the owners' cash alternatives. Built by <see cref="ScenarioJson"/>,
/// which checks every field, so an instance in hand is always simulable.
/// </summary>
public sealed record RiskScenario
{
    /// <summary>The register file as the scenario names it (relative to the scenario file).</summary>
    public required string RegisterPath { get; init; }

    public required AllocationPolicy Policy { get; init; }
    public WeightBasis Weights { get; init; } = WeightBasis.Shares;

    /// <summary>Equity: the agreed value of the whole site (V).</summary>
    public Cents SiteValue { get; init; }

    /// <summary>The planned construction cost (C); the overrun multiplies it.</summary>
    public required Cents ConstructionCost { get; init; }

    /// <summary>Today's value of the new flats; the simulated index scales it to completion.</summary>
    public required Cents PostValue { get; init; }

    /// <summary>Cost-in-kind: the developer's planned common burden (fees, construction, risk fee; interest is simulated).</summary>
    public Cents CommonBurden { get; init; }

    public required Cents IssuePrice { get; init; }

    /// <summary>Owners who do not consent; bought out at vesting at appraisal × (1 + premium).</summary>
    public IReadOnlyList<string> HoldOuts { get; init; } = [];

    public double HoldOutPremium { get; init; }

    /// <summary>The owner whose histogram the charts draw; null for the first consenting owner.</summary>
    public string? FocusOwner { get; init; }

    public required MarketRegime StartingRegime { get; init; }
    public required RegimeDynamics Market { get; init; }
    public required Timeline Timeline { get; init; }
    public CostOverrun Overrun { get; init; } = CostOverrun.None;

    /// <summary>Annual rate, compounded monthly, on construction cost from its draw to completion.</summary>
    public double FinanceRate { get; init; }

    /// <summary>Annual rate, compounded monthly, at which cash taken today grows.</summary>
    public double DepositRate { get; init; }

    /// <summary>
    /// The locality's price per square foot (saleable) of a seven-year-old flat: the notional replacement
    /// flat of the home purchase allowance. Null when not known: the notional flat is then estimated at
    /// <see cref="AcquisitionOfferMultiple"/> × market value.
    /// </summary>
    public Cents? SevenYearOldFlatPerSqft { get; init; }

    /// <summary>The notional seven-year-old flat as a multiple of market value, used only without <see cref="SevenYearOldFlatPerSqft"/>.</summary>
    public double AcquisitionOfferMultiple { get; init; } = 2;

    /// <summary>The share of the home purchase allowance offered on a tenanted or vacant flat (URA: up to half).</summary>
    public double SupplementaryAllowanceShare { get; init; } = 0.5;

    /// <summary>A shop's business allowance as a share of its market value.</summary>
    public double BusinessAllowanceShare { get; init; } = 0.1;

    /// <summary>Probability that the consent threshold is not reached: consents released, owners keep their flats.</summary>
    public double FailureBeforeVesting { get; init; }

    /// <summary>Probability, when there are hold-outs, that the compulsory-sale auction finds no buyer.</summary>
    public double NoBuyerAtAuction { get; init; }

    /// <summary>Default number of paths (the CLI's --paths overrides it).</summary>
    public int Paths { get; init; } = 1_000_000;

    /// <summary>Default seed (the CLI's --seed overrides it).</summary>
    public ulong Seed { get; init; } = 1;
}
