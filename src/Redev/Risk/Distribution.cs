using Redev.Primitives;

namespace Redev.Risk;

/// <summary>
/// A distribution read back from binned counts: (value, count) pairs in ascending value. An owner's
/// outcome mixes two streams (succeeded: units × per-unit value; failed: appraisal × index), so the
/// pairs of both are merged here before percentiles are read.
/// </summary>
internal sealed class Distribution
{
    private readonly (double Value, long Count)[] _items;
    private readonly long _total;

    private Distribution((double, long)[] items)
    {
        _items = items;
        _total = items.Sum(i => i.Item2);
    }

    /// <summary>Merges the bins of several streams, each scaled by a factor (zero factors and empty streams skipped).</summary>
    public static Distribution Of(params (StreamBins Bins, double Factor)[] parts)
    {
        var items = new List<(double, long)>();
        foreach (var (bins, factor) in parts)
        {
            for (var b = 0; b < bins.Counts.Length; b++)
            {
                if (bins.Counts[b] > 0)
                {
                    items.Add((bins.Value(b) * factor, bins.Counts[b]));
                }
            }
        }
        items.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return new Distribution(items.ToArray());
    }

    public long Total => _total;

    /// <summary>The smallest value with at least q of the paths at or below it.</summary>
    public double Quantile(double q)
    {
        var target = Math.Max(1, (long)Math.Ceiling(q * _total));
        long seen = 0;
        foreach (var (value, count) in _items)
        {
            seen += count;
            if (seen >= target)
            {
                return value;
            }
        }
        return _items.Length > 0 ? _items[^1].Value : 0;
    }

    /// <summary>The mean of the worst <paramref name="alpha"/> of paths (a partial bin counted in part).</summary>
    public double ExpectedShortfall(double alpha)
    {
        var want = Math.Max(1.0, alpha * _total);
        double taken = 0, sum = 0;
        foreach (var (value, count) in _items)
        {
            var take = Math.Min(count, want - taken);
            sum += take * value;
            taken += take;
            if (taken >= want)
            {
                break;
            }
        }
        return taken > 0 ? sum / taken : 0;
    }

    public OutcomeSummary Summary(double mean) => new(
        ToCents(Quantile(0.05)), ToCents(Quantile(0.25)), ToCents(Quantile(0.50)), ToCents(Quantile(0.75)), ToCents(Quantile(0.95)),
        ToCents(mean), ToCents(ExpectedShortfall(0.05)));

    /// <summary>Shares of all paths in <paramref name="bins"/> equal bins between the 0.5th and 99.5th percentiles (the 1% outside is left out).</summary>
    public (double[] Edges, double[] Shares) Histogram(int bins)
    {
        var low = Quantile(0.005);
        var high = Quantile(0.995);
        if (high <= low)
        {
            high = low + Math.Max(1, Math.Abs(low) * 0.01);
        }
        var edges = Enumerable.Range(0, bins + 1).Select(i => low + (high - low) * i / bins).ToArray();
        var shares = new double[bins];
        foreach (var (value, count) in _items)
        {
            if (value < low || value > high)
            {
                continue;
            }
            var i = (int)Math.Min(Math.Floor((value - low) / (high - low) * bins), bins - 1);
            shares[i] += (double)count / _total;
        }
        return (edges, shares);
    }

    /// <summary>Dollars to cents, half away from zero.</summary>
    public static Cents ToCents(double dollars) => new(checked((long)Math.Round(dollars * 100, MidpointRounding.AwayFromZero)));
}
