namespace Redev.Cycle;

/// <summary>
/// A series with its turning points dated twice: retrospectively (on all its data, with the month
/// each point was confirmed) and in real time (what the procedure showed in each month, from the data
/// published by then). Signals per month use only the real-time vintages.
/// </summary>
public sealed class DatedSeries
{
    private readonly IReadOnlyList<(YearMonth KnownFrom, IReadOnlyList<TurningPoint> Points)> _vintages;

    internal DatedSeries(TimeSeries raw, TimeSeries prepared, int publicationLagMonths, IReadOnlyList<TurningPoint> retrospective,
        IReadOnlyList<(YearMonth KnownFrom, IReadOnlyList<TurningPoint> Points)> vintages)
    {
        Raw = raw;
        Prepared = prepared;
        PublicationLagMonths = publicationLagMonths;
        Retrospective = retrospective;
        _vintages = vintages;
    }

    public string Name => Raw.Name;

    /// <summary>The series as imported.</summary>
    public TimeSeries Raw { get; }

    /// <summary>The series the procedure dated (seasonally adjusted when it was published unadjusted).</summary>
    public TimeSeries Prepared { get; }

    public int PublicationLagMonths { get; }

    /// <summary>Turning points dated on all the data, each with its confirmation month.</summary>
    public IReadOnlyList<TurningPoint> Retrospective { get; }

    /// <summary>The month the last observation became known.</summary>
    public YearMonth KnownThrough => Raw.End.AddMonths(PublicationLagMonths);

    /// <summary>The turning points the procedure showed in <paramref name="month"/>, from the data published by then.</summary>
    public IReadOnlyList<TurningPoint> KnownAt(YearMonth month)
    {
        IReadOnlyList<TurningPoint> found = [];
        foreach (var (from, points) in _vintages)
        {
            if (from > month)
            {
                break;
            }
            found = points;
        }
        return found;
    }

    /// <summary>The prepared value for a month, if known.</summary>
    public double? ValueAt(YearMonth month) => Prepared.ValueAt(month);
}
