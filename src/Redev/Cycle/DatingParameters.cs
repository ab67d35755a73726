namespace Redev.Cycle;

/// <summary>
/// The knobs of the turning-point procedure, in observations of the series (months for monthly
/// series, quarters for quarterly ones). The two presets are the published ones; a market file may
/// override any of them.
/// </summary>
/// <param name="SmoothingTerms">Length of the centred smoother applied before looking for extremes: 15 is Spencer's curve (Bry and Boschan 1971); 0 or 1 means none (Harding and Pagan 2002 use none).</param>
/// <param name="Window">An extreme must be the highest (lowest) value within this many observations either side.</param>
/// <param name="RefineWindow">After finding an extreme on the smoothed series, the raw series' extreme within this many observations is taken instead.</param>
/// <param name="MinPhase">Minimum observations from a peak to the next trough or from a trough to the next peak.</param>
/// <param name="MinCycle">Minimum observations from a peak to the next peak or a trough to the next trough.</param>
/// <param name="EndCensor">No turning point within this many observations of either end: the end of a series cannot yet show whether a fall is over.</param>
/// <param name="MatchTolerance">When checking whether a real-time vintage shows the same turning point, dates this close (in observations) count as the same.</param>
public sealed record DatingParameters(
    int SmoothingTerms,
    int Window,
    int RefineWindow,
    int MinPhase,
    int MinCycle,
    int EndCensor,
    int MatchTolerance)
{
    /// <summary>Bry and Boschan (1971) for monthly series: Spencer smoothing, ±5 months, phases ≥ 5, cycles ≥ 15, 6 months censored at each end.</summary>
    public static DatingParameters BryBoschanMonthly { get; } = new(15, 5, 4, 5, 15, 6, 3);

    /// <summary>Harding and Pagan (2002) BBQ for quarterly series: no smoothing, ±2 quarters, phases ≥ 2, cycles ≥ 5, 2 quarters censored.</summary>
    public static DatingParameters HardingPaganQuarterly { get; } = new(0, 2, 0, 2, 5, 2, 1);

    /// <summary>The preset for a series' frequency.</summary>
    public static DatingParameters For(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.IsQuarterly ? HardingPaganQuarterly : BryBoschanMonthly;
    }
}
