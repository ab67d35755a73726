using System.Runtime.Intrinsics;

namespace Redev.Risk;

/// <summary>
/// Streaming results of one worker: integer histograms and threshold counts, and exact minima and
/// maxima. Merging two is addition (or min/max), exact and commutative, so the total is the same
/// whatever thread ran which block. Floating-point sums are not kept here but per block (see
/// <see cref="RiskEngine"/>), because their order matters.
/// </summary>
internal sealed class Accumulator
{
    public const int Streams = 4;

    /// <summary>[stream][bin]: bin 0 is zero, bins 1..LogBins.Count are positive values.</summary>
    public readonly long[][] Histograms;

    /// <summary>Per stream, the smallest and largest positive value seen (for clamping bin middles).</summary>
    public readonly double[] Min = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
    public readonly double[] Max = [0, 0, 0, 0];

    /// <summary>[stream][threshold]: lane-wise counts of values strictly below the threshold.</summary>
    public readonly Vector512<long>[][] Below;

    /// <summary>[fan point][bin] counts of ln(index).</summary>
    public readonly int[][] Fan;

    /// <summary>Path-months spent in each regime, lane-wise.</summary>
    public Vector512<double> Occupancy0, Occupancy1, Occupancy2;

    public long Paths, Succeeded, FailedBeforeVesting, NoBuyer;

    public Accumulator(int[] thresholdsPerStream, int fanPoints)
    {
        Histograms = new long[Streams][];
        Below = new Vector512<long>[Streams][];
        for (var s = 0; s < Streams; s++)
        {
            Histograms[s] = new long[LogBins.Count + 1];
            Below[s] = new Vector512<long>[thresholdsPerStream[s]];
        }
        Fan = new int[fanPoints][];
        for (var i = 0; i < fanPoints; i++)
        {
            Fan[i] = new int[FanBins.Count];
        }
    }

    public void MergeInto(Accumulator total)
    {
        for (var s = 0; s < Streams; s++)
        {
            var h = Histograms[s];
            var th = total.Histograms[s];
            for (var i = 0; i < h.Length; i++)
            {
                th[i] += h[i];
            }
            total.Min[s] = Math.Min(total.Min[s], Min[s]);
            total.Max[s] = Math.Max(total.Max[s], Max[s]);
            for (var j = 0; j < Below[s].Length; j++)
            {
                total.Below[s][j] += Below[s][j];
            }
        }
        for (var p = 0; p < Fan.Length; p++)
        {
            for (var i = 0; i < FanBins.Count; i++)
            {
                total.Fan[p][i] += Fan[p][i];
            }
        }
        total.Occupancy0 += Occupancy0;
        total.Occupancy1 += Occupancy1;
        total.Occupancy2 += Occupancy2;
        total.Paths += Paths;
        total.Succeeded += Succeeded;
        total.FailedBeforeVesting += FailedBeforeVesting;
        total.NoBuyer += NoBuyer;
    }
}
