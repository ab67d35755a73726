namespace Redev.Cycle;

/// <summary>
/// Classical ratio-to-moving-average seasonal adjustment for monthly series published unadjusted.
/// Chosen over year-on-year comparison because year-on-year changes turn months before the level
/// does, which would move every turning point. The factors are estimated only from the values given
/// (the centred 2×12 average is taken only where six months either side exist), so adjusting a
/// series truncated at an as-of month uses nothing published later.
/// </summary>
public static class SeasonalAdjustment
{
    /// <summary>Fewer complete years than this give factors too noisy to trust; the series is then left as is.</summary>
    public const int MinimumYears = 3;

    /// <summary>The seasonally adjusted values of a monthly series starting in <paramref name="start"/>.</summary>
    public static double[] Adjust(IReadOnlyList<double> x, YearMonth start)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Count;
        if (n < (MinimumYears * 12) + 12)
        {
            return [.. x];
        }
        var multiplicative = x.All(v => v > 0);
        var sums = new double[12];
        var counts = new int[12];
        for (var i = 6; i < n - 6; i++)
        {
            // 2×12 centred average: half weight on the two ends, so each calendar month weighs the same.
            var ma = (x[i - 6] + x[i + 6]) / 2;
            for (var k = -5; k <= 5; k++)
            {
                ma += x[i + k];
            }
            ma /= 12;
            var m = start.AddMonths(i).Month - 1;
            sums[m] += multiplicative ? x[i] / ma : x[i] - ma;
            counts[m]++;
        }
        var factors = sums.Select((s, m) => s / counts[m]).ToArray();
        // Normalise so the factors average to neutral and adjustment does not shift the level.
        var mean = factors.Average();
        for (var m = 0; m < 12; m++)
        {
            factors[m] = multiplicative ? factors[m] / mean : factors[m] - mean;
        }
        var adjusted = new double[n];
        for (var i = 0; i < n; i++)
        {
            var f = factors[start.AddMonths(i).Month - 1];
            adjusted[i] = multiplicative ? x[i] / f : x[i] - f;
        }
        return adjusted;
    }
}
