namespace Redev.Cycle;

/// <summary>
/// Runs the turning-point procedure on every vintage of a series (the data published by each month)
/// to date points in real time and to find when each retrospective point was confirmed.
/// </summary>
public static class RealTimeDating
{
    /// <param name="adjustSeasonally">True for monthly series published without seasonal adjustment.</param>
    public static DatedSeries Run(TimeSeries series, DatingParameters p, int publicationLagMonths, bool adjustSeasonally)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(p);
        var vintages = new List<(YearMonth KnownFrom, IReadOnlyList<TurningPoint> Points, IReadOnlyList<(int Index, TurningPointType Type)> Raw)>();
        double[] prepared = [];
        for (var length = Math.Max(1, Math.Min(series.Count, (2 * p.EndCensor) + 3)); length <= series.Count; length++)
        {
            var values = series.Values.Take(length).ToList();
            prepared = adjustSeasonally && !series.IsQuarterly ? SeasonalAdjustment.Adjust(values, series.Start) : [.. values];
            var points = TurningPoints.Date(prepared, p);
            var knownFrom = series.PeriodEnd(length - 1).AddMonths(publicationLagMonths);
            var dated = points.Select(t => new TurningPoint(t.Type, series.DatedMonth(t.Index), knownFrom, prepared[t.Index])).ToList();
            vintages.Add((knownFrom, dated, points));
        }
        var retrospective = new List<TurningPoint>();
        if (vintages.Count > 0)
        {
            foreach (var (index, type) in vintages[^1].Raw)
            {
                var confirmed = vintages[^1].KnownFrom;
                for (var v = vintages.Count - 1; v >= 0; v--)
                {
                    if (!vintages[v].Raw.Any(t => t.Type == type && Math.Abs(t.Index - index) <= p.MatchTolerance))
                    {
                        break;
                    }
                    confirmed = vintages[v].KnownFrom;
                }
                retrospective.Add(new TurningPoint(type, series.DatedMonth(index), confirmed, prepared[index]));
            }
        }
        var preparedSeries = series.With(series.Name, series.Start, prepared);
        return new DatedSeries(series, preparedSeries, publicationLagMonths, retrospective,
            vintages.Select(v => (v.KnownFrom, v.Points)).ToList());
    }
}
