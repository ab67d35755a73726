namespace Redev.Risk;

/// <summary>The result of a risk run; everything in it is a function of the scenario, the paths and the seed alone.</summary>
public sealed record RiskReport
{
    /// <summary>How money figures are rounded, stated once for every view.</summary>
    public const string RoundingRule =
        "Simulated in double precision; each reported amount is rounded half away from zero to the cent. " +
        "Percentiles and expected shortfall come from fixed logarithmic bins 0.12% wide, clamped to the smallest and largest outcome seen; " +
        "means and probabilities are exact over the paths.";

    public required long Paths { get; init; }
    public required ulong Seed { get; init; }
    public required int HorizonMonths { get; init; }
    public required int PlannedCompletionMonth { get; init; }
    public long PathMonths => checked(Paths * HorizonMonths);
    public required long Succeeded { get; init; }
    public required long FailedBeforeVesting { get; init; }
    public required long NoBuyerAtAuction { get; init; }

    /// <summary>
    /// The plain warning shown first, or null: set when most consenting owners (more than half) each have a
    /// median outcome below their own acquisition offer. Decided owner by owner, never on the owners'
    /// combined median, which a few large owners would dominate.
    /// </summary>
    public required string? Warning { get; init; }

    /// <summary>How many consenting owners have a median outcome below their own acquisition offer.</summary>
    public required int OwnersMedianBelowOffer { get; init; }

    public required IReadOnlyList<OwnerRisk> Owners { get; init; }
    public required OwnerRisk OwnersTogether { get; init; }
    public required PartyRisk Developer { get; init; }
    public required PartyRisk Fund { get; init; }
    public required IReadOnlyList<FanPoint> Fan { get; init; }
    public required OwnerHistogram FocusHistogram { get; init; }
    public required RiskDiagnostics Diagnostics { get; init; }

    public OwnerRisk? For(string owner) => Owners.FirstOrDefault(o => o.Owner == owner);

    /// <summary>The succeeded (per-unit) and failed (index) streams, kept so any owner's histogram can be drawn after the run.</summary>
    internal IReadOnlyList<StreamBins> OwnerStreams { get; init; } = [];

    /// <summary>
    /// The histogram of one consenting owner's outcome, as <see cref="FocusHistogram"/> is for the focus
    /// owner: drawn from the run's bins on request, so a report serves every owner's chart without a rerun.
    /// Null for an owner not in the report or a hold-out (who holds no units).
    /// </summary>
    public OwnerHistogram? HistogramFor(string owner, int bins = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (For(owner) is not { HoldOut: false } risk || OwnerStreams.Count < 2)
        {
            return null;
        }
        var d = Distribution.Of((OwnerStreams[0], risk.Units), (OwnerStreams[1], risk.MarketValue.Value / 100.0));
        var (edges, shares) = d.Histogram(bins);
        return new OwnerHistogram(owner, edges, shares, risk.SaleGrown, risk.OfferGrown);
    }
}
