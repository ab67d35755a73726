using System.Globalization;
using Redev.Primitives;

namespace Redev.Risk;

/// <summary>Turns the merged accumulators into the report: per-owner mixtures, the developer, the fund, the fan.</summary>
internal static class ReportBuilder
{
    private static readonly double[] FanQuantiles = [0.05, 0.25, 0.50, 0.75, 0.95];

    public static RiskReport Build(RiskModel model, KernelParameters p, ThresholdLayout layout, Accumulator acc, double[] sums, ulong seed)
    {
        var n = acc.Paths;
        var streams = Enumerable.Range(0, Accumulator.Streams)
            .Select(s => new StreamBins(acc.Histograms[s], p.Scale[s], acc.Min[s], acc.Max[s])).ToArray();
        var growth = p.GrowthToCompletion;
        long Below(int stream, int j) => RiskEngine.Sum(acc.Below[stream][j]);

        OwnerRisk Owner(OwnerPosition o, int i)
        {
            var app = o.MarketValue.Value / 100.0;
            var saleGrown = Distribution.ToCents(app * growth);
            var offerGrown = Distribution.ToCents(o.AcquisitionOffer.Value / 100.0 * growth);
            var d = Distribution.Of((streams[0], o.Units), (streams[1], app));
            var mean = (o.Units * sums[0] + app * sums[1]) / n;
            return new OwnerRisk(o.Owner, o.Units, o.MarketValue, o.AcquisitionOffer, saleGrown, offerGrown, d.Summary(mean),
                (double)(Below(0, 2 * i) + Below(1, 2 * i)) / n,
                (double)(Below(0, 2 * i + 1) + Below(1, 2 * i + 1)) / n,
                false) { OfferBasis = o.OfferBasis };
        }

        var members = layout.Members;
        var risks = new Dictionary<string, OwnerRisk>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count - 1; i++)
        {
            risks[members[i].Owner] = Owner(members[i], i);
        }
        var together = Owner(members[^1], members.Count - 1);
        var owners = model.Owners.Select(o => o.HoldOut
                ? new OwnerRisk(o.Owner, 0, o.MarketValue, o.AcquisitionOffer,
                    Distribution.ToCents(o.MarketValue.Value / 100.0 * growth), Distribution.ToCents(o.AcquisitionOffer.Value / 100.0 * growth),
                    null, 0, 0, true) { OfferBasis = o.OfferBasis }
                : risks[o.Owner])
            .ToArray();

        var developer = new PartyRisk("developer", Distribution.ToCents(p.DeveloperAlternative),
            Distribution.Of((streams[2], 1)).Summary(sums[2] / n), (double)Below(2, 0) / n);
        var fundAlternative = p.AllFlatsValue * growth + p.DeveloperAlternative;
        var fund = new PartyRisk("fund", Distribution.ToCents(fundAlternative),
            Distribution.Of((streams[3], 1)).Summary(sums[3] / n), (double)Below(3, 0) / n);

        // Each owner against their own offer: offers differ by occupancy and use, so the owners' combined
        // median says nothing about most owners.
        var below = owners.Count(o => o.Outcome is { } s && s.P50 < o.OfferGrown);
        var consenting = owners.Count(o => !o.HoldOut);
        string? warning = null;
        if (2 * below > consenting)
        {
            warning = string.Create(CultureInfo.InvariantCulture,
                $"WARNING: {below} of {consenting} consenting owners end, in their median future, with less than their own " +
                $"URA-style acquisition offer grown at the deposit rate. On these assumptions most owners would do better taking the offer.");
        }

        var focus = model.Owners.First(o => o.Owner == model.FocusOwner);
        var focusDist = Distribution.Of((streams[0], focus.Units), (streams[1], focus.MarketValue.Value / 100.0));
        var (edges, shares) = focusDist.Histogram(60);
        var focusRisk = risks[focus.Owner];

        var horizonMean = sums[4] / n;
        var occupancyTotal = (double)n * p.Horizon;
        return new RiskReport
        {
            Paths = n,
            Seed = seed,
            HorizonMonths = p.Horizon,
            PlannedCompletionMonth = p.PlannedCompletion,
            Succeeded = acc.Succeeded,
            FailedBeforeVesting = acc.FailedBeforeVesting,
            NoBuyerAtAuction = acc.NoBuyer,
            Warning = warning,
            OwnersMedianBelowOffer = below,
            Owners = owners,
            OwnersTogether = together,
            Developer = developer,
            Fund = fund,
            Fan = Fan(p, acc),
            OwnerStreams = [streams[0], streams[1]],
            FocusHistogram = new OwnerHistogram(focus.Owner, edges, shares, focusRisk.SaleGrown, focusRisk.OfferGrown),
            Diagnostics = new RiskDiagnostics(horizonMean, sums[5] / n - horizonMean * horizonMean,
                [Vector512Sum(acc.Occupancy0) / occupancyTotal, Vector512Sum(acc.Occupancy1) / occupancyTotal, Vector512Sum(acc.Occupancy2) / occupancyTotal],
                sums[6] / n),
        };
    }

    private static double Vector512Sum(System.Runtime.Intrinsics.Vector512<double> v) => System.Runtime.Intrinsics.Vector512.Sum(v);

    /// <summary>
    /// Index percentiles per fan month, and NAV per unit marked to that index at planned costs
    /// (monotone in the index, so its percentiles are the index's mapped through it).
    /// </summary>
    private static FanPoint[] Fan(KernelParameters p, Accumulator acc)
    {
        var points = new FanPoint[p.FanMonths.Length + 1];
        double Nav(double index) => p.Equity
            ? Math.Max(p.PostValue * index - p.HoldOutExtra, 0) / p.TotalUnits
            : Math.Max(p.PostValue * index - p.CommonBurden - p.HoldOutExtra, 0) / p.OwnerSideUnits;
        points[0] = new FanPoint(0, [1, 1, 1, 1, 1], Enumerable.Repeat(Nav(1), 5).ToArray());
        for (var i = 0; i < p.FanMonths.Length; i++)
        {
            var bins = acc.Fan[i];
            long total = 0;
            foreach (var c in bins)
            {
                total += c;
            }
            var index = FanQuantiles.Select(q =>
            {
                var target = Math.Max(1, (long)Math.Ceiling(q * total));
                long seen = 0;
                for (var b = 0; b < bins.Length; b++)
                {
                    if (seen + bins[b] >= target)
                    {
                        // Linear within the bin, so the chart's lines do not step from bin to bin.
                        var within = (double)(target - seen) / bins[b];
                        return Math.Exp(FanBins.Low + (b + within) * FanBins.Width);
                    }
                    seen += bins[b];
                }
                return Math.Exp(FanBins.High);
            }).ToArray();
            points[i + 1] = new FanPoint(p.FanMonths[i], index, index.Select(Nav).ToArray());
        }
        return points;
    }
}
