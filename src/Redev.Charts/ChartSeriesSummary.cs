using Redev.Cycle;

namespace Redev.Charts;

/// <summary>
/// One line of a chart, in figures: its first and latest month, the latest value, and its lowest and
/// highest points. The page shows these in a table beside the chart, for readers who cannot see it.
/// </summary>
public sealed record ChartSeriesSummary(
    string Series, YearMonth From, YearMonth Latest, double LatestValue, double Low, YearMonth LowMonth, double High, YearMonth HighMonth)
{
    /// <summary>The summary of monthly values; null when there are none.</summary>
    public static ChartSeriesSummary? Of(string series, IReadOnlyList<(YearMonth Month, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var real = points.Where(p => double.IsFinite(p.Value)).ToList();
        if (real.Count == 0)
        {
            return null;
        }
        var low = real.MinBy(p => p.Value);
        var high = real.MaxBy(p => p.Value);
        return new(ChartText.Clean(series), real[0].Month, real[^1].Month, real[^1].Value, low.Value, low.Month, high.Value, high.Month);
    }
}
