namespace Redev.Web.Risk;

/// <summary>What the run assumed that the scheme does not record (docs/risk.md, "Stored schemes").</summary>
/// <param name="EstimatedFlats">Flats with no appraisal in the register, whose cash figures are therefore estimates.</param>
public sealed record RiskAssumptions(
    string Policy, Money PostValue, Money ConstructionCost, int VestingMonths, int DemolitionMonths, int CompletionMonths,
    double FailureBeforeVesting, double DepositRate, double FinanceRate, double AcquisitionOfferMultiple,
    string StartingRegime, string StartingRegimeSource, int EstimatedFlats, int Flats, int EstimatedBySqft, Money SiteValueBasis, Money? ValuePerSqft)
{
    /// <summary>The locality's price per square foot of a seven-year-old flat (the home purchase allowance), when configured.</summary>
    public Money? SevenYearOldFlatPerSqft { get; init; }

    /// <summary>Share of the home purchase allowance offered on a tenanted or vacant flat.</summary>
    public double SupplementaryAllowanceShare { get; init; }

    /// <summary>A shop's business allowance as a share of its market value.</summary>
    public double BusinessAllowanceShare { get; init; }

    /// <summary>Owners who never consented to a vested scheme, bought at the compulsory sale (a cost of the scheme).</summary>
    public int HoldOuts { get; init; }
}
