namespace Redev.Cycle;

/// <summary>
/// Dates peaks and troughs by the Bry–Boschan procedure (monthly) or its quarterly variant by
/// Harding and Pagan: smooth, take local extremes within a window, move them to the raw series,
/// enforce alternation, drop points too near the ends, and enforce minimum phase and cycle lengths.
/// Uses only the values it is given, so dating a truncated series is a real-time dating.
/// </summary>
public static class TurningPoints
{
    private static readonly double[] Spencer = [-3, -6, -5, 3, 21, 46, 67, 74, 67, 46, 21, 3, -5, -6, -3];

    /// <summary>Indices and types of the turning points of <paramref name="x"/>, in time order.</summary>
    public static IReadOnlyList<(int Index, TurningPointType Type)> Date(IReadOnlyList<double> x, DatingParameters p)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(p);
        var n = x.Count;
        if (n < (2 * p.EndCensor) + 3)
        {
            return [];
        }
        var s = Smooth(x, p.SmoothingTerms);
        var points = new List<(int Index, TurningPointType Type)>();
        for (var i = 0; i < n; i++)
        {
            if (IsExtreme(s, i, p.Window, peak: true))
            {
                points.Add((i, TurningPointType.Peak));
            }
            else if (IsExtreme(s, i, p.Window, peak: false))
            {
                points.Add((i, TurningPointType.Trough));
            }
        }
        points = Alternate(points, s);
        if (p.RefineWindow > 0)
        {
            points = Alternate(points.Select(t => (Refine(x, t.Index, p.RefineWindow, t.Type), t.Type)).Distinct().ToList(), x);
        }
        points = points.Where(t => t.Index >= p.EndCensor && t.Index < n - p.EndCensor).ToList();
        points = EnforceLengths(points, x, p);
        return CensorEnds(points, x);
    }

    /// <summary>A centred smoother; near the ends the window shrinks symmetrically, so no value past the end is needed.</summary>
    internal static double[] Smooth(IReadOnlyList<double> x, int terms)
    {
        var n = x.Count;
        var s = new double[n];
        var half = terms / 2;
        for (var i = 0; i < n; i++)
        {
            var h = Math.Min(half, Math.Min(i, n - 1 - i));
            if (h == 0)
            {
                s[i] = x[i];
            }
            else if (terms == 15 && h == 7)
            {
                double sum = 0;
                for (var k = -7; k <= 7; k++)
                {
                    sum += Spencer[k + 7] * x[i + k];
                }
                s[i] = sum / 320;
            }
            else
            {
                double sum = 0;
                for (var k = -h; k <= h; k++)
                {
                    sum += x[i + k];
                }
                s[i] = sum / ((2 * h) + 1);
            }
        }
        return s;
    }

    // Ties go to the earliest of equal values, so a flat top is dated where it began.
    private static bool IsExtreme(double[] s, int i, int window, bool peak)
    {
        var lo = Math.Max(0, i - window);
        var hi = Math.Min(s.Length - 1, i + window);
        for (var j = lo; j <= hi; j++)
        {
            if (j == i)
            {
                continue;
            }
            var beaten = peak
                ? (j < i ? s[j] >= s[i] : s[j] > s[i])
                : (j < i ? s[j] <= s[i] : s[j] < s[i]);
            if (beaten)
            {
                return false;
            }
        }
        return true;
    }

    private static int Refine(IReadOnlyList<double> x, int i, int window, TurningPointType type)
    {
        var best = i;
        for (var j = Math.Max(0, i - window); j <= Math.Min(x.Count - 1, i + window); j++)
        {
            if (type == TurningPointType.Peak ? x[j] > x[best] : x[j] < x[best])
            {
                best = j;
            }
        }
        return best;
    }

    /// <summary>Of two neighbouring points of the same type, keeps the more extreme one.</summary>
    private static List<(int Index, TurningPointType Type)> Alternate(List<(int Index, TurningPointType Type)> points, IReadOnlyList<double> v)
    {
        var result = new List<(int Index, TurningPointType Type)>();
        foreach (var t in points.OrderBy(t => t.Index))
        {
            if (result.Count > 0 && result[^1].Type == t.Type)
            {
                var last = result[^1];
                var better = t.Type == TurningPointType.Peak ? v[t.Index] > v[last.Index] : v[t.Index] < v[last.Index];
                if (better)
                {
                    result[^1] = t;
                }
                continue;
            }
            if (result.Count > 0 && result[^1].Index == t.Index)
            {
                continue;
            }
            result.Add(t);
        }
        return result;
    }

    /// <summary>
    /// While a phase or a cycle is too short, removes the neighbouring peak–trough pair whose removal
    /// keeps the most total rise and fall; removing a pair keeps peaks and troughs alternating.
    /// </summary>
    private static List<(int Index, TurningPointType Type)> EnforceLengths(List<(int Index, TurningPointType Type)> points, IReadOnlyList<double> x, DatingParameters p)
    {
        while (true)
        {
            var k = Violation(points, p);
            if (k < 0)
            {
                return points;
            }
            List<(int Index, TurningPointType Type)>? best = null;
            var bestAmplitude = double.NegativeInfinity;
            foreach (var first in new[] { k - 1, k, k + 1 })
            {
                if (first < 0 || first + 1 >= points.Count)
                {
                    continue;
                }
                var candidate = points.Where((_, i) => i != first && i != first + 1).ToList();
                var amplitude = candidate.Zip(candidate.Skip(1), (a, b) => Math.Abs(x[b.Index] - x[a.Index])).Sum();
                if (amplitude > bestAmplitude)
                {
                    bestAmplitude = amplitude;
                    best = candidate;
                }
            }
            points = best ?? [];
        }
    }

    private static int Violation(List<(int Index, TurningPointType Type)> points, DatingParameters p)
    {
        for (var k = 0; k + 1 < points.Count; k++)
        {
            if (points[k + 1].Index - points[k].Index < p.MinPhase
                || (k + 2 < points.Count && points[k + 2].Index - points[k].Index < p.MinCycle))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The first and last points must beat every value between them and the end of the series.</summary>
    private static List<(int Index, TurningPointType Type)> CensorEnds(List<(int Index, TurningPointType Type)> points, IReadOnlyList<double> x)
    {
        bool Beats((int Index, TurningPointType Type) t, int from, int to)
        {
            for (var j = from; j <= to; j++)
            {
                if (j != t.Index && (t.Type == TurningPointType.Peak ? x[j] > x[t.Index] : x[j] < x[t.Index]))
                {
                    return false;
                }
            }
            return true;
        }
        while (points.Count > 0 && !Beats(points[0], 0, points[0].Index))
        {
            points.RemoveAt(0);
        }
        while (points.Count > 0 && !Beats(points[^1], points[^1].Index, x.Count - 1))
        {
            points.RemoveAt(points.Count - 1);
        }
        return points;
    }
}
