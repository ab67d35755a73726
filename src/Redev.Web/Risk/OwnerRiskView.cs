using Redev.Primitives;
using Redev.App.Risk;
using Redev.Risk;

namespace Redev.Web.Risk;

/// <summary>
/// One owner's risk summary, for the allocation preview page and <c>GET /api/schemes/{id}/risk?owner=</c>.
/// <see cref="FuturesIn100BelowSale"/> is the N of the plain sentence: round(100 × <see cref="ProbabilityBelowSale"/>).
/// </summary>
/// <param name="OwnersMedianBelowOffer">True when most consenting owners each have a median below their own acquisition offer: shown first, as a warning.</param>
/// <param name="Warning">The engine's warning in English when <see cref="OwnersMedianBelowOffer"/>; null otherwise.</param>
/// <param name="SaleGrown">Selling today at market value, grown at the deposit rate to the planned completion month.</param>
/// <param name="OfferGrown">The URA-style acquisition offer, grown the same way.</param>
/// <param name="CashEstimated">True when the owner's cash figures rest on an estimated, not appraised, value of one of their flats.</param>
public sealed record OwnerRiskView(
    bool OwnersMedianBelowOffer, string? Warning, Money OwnersMedian, Money OwnersOfferGrown,
    string SchemeId, string Owner, long Paths, ulong Seed, int PlannedCompletionMonth, double ProbabilityCompleted,
    long Units, Money MarketValue, Money AcquisitionOffer, Money SaleGrown, Money OfferGrown, bool CashEstimated,
    double ProbabilityBelowSale, double ProbabilityBelowOffer, int FuturesIn100BelowSale,
    OutcomeView Outcome, HistogramView Histogram, RiskAssumptions Assumptions, string RoundingRule)
{
    /// <summary>How many consenting owners have a median outcome below their own offer (the warning's count).</summary>
    public int OwnersBelowOwnOffer { get; init; }

    /// <summary>Consenting owners in the run, the warning's denominator.</summary>
    public int ConsentingOwners { get; init; }

    /// <summary>How this owner's own offer is reached, flat by flat (by use and occupancy), in English.</summary>
    public string OfferBasis { get; init; } = "";

    /// <summary>True when this owner's own median outcome is below their own offer grown to completion.</summary>
    public bool MedianBelowOwnOffer { get; init; }

    /// <summary>The N of "In 100 futures like these, you would end with less than taking cash today in N".</summary>
    public static int Per100(double probability) => (int)Math.Round(100 * probability, MidpointRounding.AwayFromZero);

    /// <summary>The view of <paramref name="owner"/>, or null when the run has no such owner (or there is no run).</summary>
    public static OwnerRiskView? From(string schemeId, SchemeRisk risk, string owner)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (risk.Report is not { } report || risk.Built is not { } built || report.For(owner) is not { Outcome: { } outcome } o
            || report.HistogramFor(owner) is not { } h)
        {
            return null;
        }
        var s = built.Model.Scenario;
        var t = s.Timeline;
        var together = report.OwnersTogether;
        var assumptions = new RiskAssumptions(
            s.Policy == Redev.Allocation.AllocationPolicy.Equity ? "equity" : "cost-in-kind", Money.Of(s.PostValue), Money.Of(s.ConstructionCost),
            t.VestingMonths, t.DemolitionMonths, t.CompletionMonths, s.FailureBeforeVesting, s.DepositRate, s.FinanceRate, s.AcquisitionOfferMultiple,
            MarketRegimes.Name(risk.StartingRegime), risk.StartingRegimeSource, built.EstimatedFlats, built.Flats, built.PerSqftFlats, Money.Of(built.SiteValueBasis),
            risk.Defaults.ValuePerSqft is { } rate ? Money.Of(rate) : null)
        {
            SevenYearOldFlatPerSqft = s.SevenYearOldFlatPerSqft is { } psf ? Money.Of(psf) : null,
            SupplementaryAllowanceShare = s.SupplementaryAllowanceShare,
            BusinessAllowanceShare = s.BusinessAllowanceShare,
            HoldOuts = s.HoldOuts.Count,
        };
        return new OwnerRiskView(report.Warning is not null, report.Warning, Money.Of(together.Outcome!.P50), Money.Of(together.OfferGrown),
            schemeId, owner, report.Paths, report.Seed, report.PlannedCompletionMonth, (double)report.Succeeded / report.Paths,
            o.Units, Money.Of(o.MarketValue), Money.Of(o.AcquisitionOffer), Money.Of(o.SaleGrown), Money.Of(o.OfferGrown), built.EstimatedOwners.Contains(owner),
            o.ProbabilityBelowSale, o.ProbabilityBelowOffer, Per100(o.ProbabilityBelowSale),
            OutcomeView.Of(outcome), new HistogramView(h.Edges, h.Shares), assumptions, RiskReport.RoundingRule)
        {
            OwnersBelowOwnOffer = report.OwnersMedianBelowOffer,
            ConsentingOwners = report.Owners.Count(x => !x.HoldOut),
            OfferBasis = o.OfferBasis,
            MedianBelowOwnOffer = outcome.P50 < o.OfferGrown,
        };
    }
}
