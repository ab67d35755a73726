using Redev.Primitives;

namespace Redev.Risk;

/// <summary>
/// The assumptions a risk run of a stored scheme makes where the scheme itself says nothing: the
/// market model, costs, rates, timeline and how to value a flat with no appraisal. One place, so
/// the figures in docs/risk.md ("Stored schemes") and the ones used are the same; a caller may
/// override any of them with <c>with</c>.
/// </summary>
public sealed record RiskDefaults
{
    /// <summary>The defaults as documented.</summary>
    public static RiskDefaults Standard { get; } = new();

    /// <summary>Month 1's regime when no market file is given: neither falling freely nor booming.</summary>
    public MarketRegime StartingRegime { get; init; } = MarketRegime.Stabilising;

    /// <summary>
    /// Monthly drift and volatility of ln(index) per regime, and the Markov matrix: <see cref="MarketCalibration"/>
    /// of the BIS Hong Kong series 1979Q4–2025Q4 (data/markets), to the digits printed here (docs/risk.md,
    /// "Calibration to Hong Kong"); a test refits it from the shipped file and compares.
    /// </summary>
    public RegimeDynamics Market { get; init; } = new(
        [new(-0.018268, 0.024988), new(0.001488, 0.009653), new(0.022209, 0.022420)],
        [[0.8233, 0.1674, 0.0093], [0.1121, 0.7696, 0.1183], [0.0052, 0.1034, 0.8914]]);

    /// <summary>Equity terms give no post value: the new flats are taken as worth this multiple of site value plus construction cost today.</summary>
    public double PostValueOverCapital { get; init; } = 1.10;

    /// <summary>Cost-in-kind terms give the common burden only: construction is taken as this share of it (the rest fees and the risk fee).</summary>
    public double ConstructionShareOfBurden { get; init; } = 0.80;

    /// <summary>Lognormal overrun of the construction cost: builders' estimates run over more often than under.</summary>
    public CostOverrun Overrun { get; init; } = new(1.05, 0.10);

    /// <summary>Annual rate, compounded monthly, on drawn construction cost.</summary>
    public double FinanceRate { get; init; } = 0.06;

    /// <summary>Annual rate, compounded monthly, at which cash taken today grows.</summary>
    public double DepositRate { get; init; } = 0.02;

    /// <summary>
    /// The locality's price per square foot of a seven-year-old flat, for the home purchase allowance. A scheme
    /// does not record it; unset (the default), the notional flat is estimated at <see cref="AcquisitionOfferMultiple"/> × market value.
    /// </summary>
    public Cents? SevenYearOldFlatPerSqft { get; init; }

    /// <summary>Without a locality price, the notional seven-year-old flat as a multiple of market value (docs/brief.md §4: offers run about twice).</summary>
    public double AcquisitionOfferMultiple { get; init; } = 2;

    /// <summary>Share of the home purchase allowance offered for a tenanted or vacant flat: URA pays "up to half".</summary>
    public double SupplementaryAllowanceShare { get; init; } = 0.5;

    /// <summary>A shop's business allowance as a share of its market value (the register has no rateable value to base it on).</summary>
    public double BusinessAllowanceShare { get; init; } = 0.1;

    /// <summary>A vested scheme's hold-outs were bought at the compulsory sale: appraisal × (1 + this).</summary>
    public double HoldOutPremium { get; init; } = 0.2;

    /// <summary>Probability that a scheme not yet vested never reaches its threshold; zero once vested.</summary>
    public double FailureBeforeVesting { get; init; } = 0.10;

    /// <summary>A draft scheme: months to vesting (enrolment not yet open).</summary>
    public int DraftMonthsToVesting { get; init; } = 18;

    /// <summary>An enrolling scheme: vesting this many months after the enrolment deadline (12 when there is none).</summary>
    public int VestingAfterDeadlineMonths { get; init; } = 3;

    /// <summary>Months from vesting to demolition: rehousing and clearing the building.</summary>
    public int DemolitionAfterVestingMonths { get; init; } = 6;

    /// <summary>Months from demolition to completion as planned.</summary>
    public int ConstructionMonths { get; init; } = 42;

    /// <summary>Vesting may slip while the last consents or the compulsory sale are settled.</summary>
    public StageDelay VestingDelay { get; init; } = new TriangularDelay(0, 2, 9);

    /// <summary>Demolition waits for the last occupants to leave.</summary>
    public StageDelay DemolitionDelay { get; init; } = new TriangularDelay(0, 1, 4);

    /// <summary>Construction delays are skewed: a median of 3 months, a long tail capped at two years.</summary>
    public StageDelay CompletionDelay { get; init; } = new LognormalDelay(3, 0.8, 24);

    /// <summary>
    /// For a flat with no appraisal but a saleable area: HKD per square foot, when set. Unset (the
    /// default), every unappraised flat is valued at its share of the site value instead.
    /// </summary>
    public Cents? ValuePerSqft { get; init; }

    /// <summary>Paths of a web page's run: enough for percentiles to a few tenths of a percent, fast enough to compute on a first visit.</summary>
    public int WebPaths { get; init; } = 20_000;

    /// <summary>The fixed seed of a stored scheme's run, shown with the results so anyone can repeat it.</summary>
    public ulong Seed { get; init; } = 20_260_126;
}
