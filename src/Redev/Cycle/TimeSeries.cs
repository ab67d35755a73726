namespace Redev.Cycle;

/// <summary>
/// A gap-free series on the monthly calendar: one value per month (<see cref="Step"/> 1), or one per
/// quarter (<see cref="Step"/> 3) stamped on the quarter's first month, kept quarterly so that
/// quarterly prices are dated by the quarterly procedure rather than by interpolated months.
/// </summary>
public sealed class TimeSeries
{
    private readonly double[] _values;

    public TimeSeries(string name, YearMonth start, int step, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (step is not (1 or 3 or 12))
        {
            throw new ArgumentOutOfRangeException(nameof(step), "a series is monthly (1), quarterly (3) or annual (12)");
        }
        Name = name;
        Start = start;
        Step = step;
        _values = values.ToArray();
    }

    public string Name { get; }

    public YearMonth Start { get; }

    /// <summary>Months between observations: 1 monthly, 3 quarterly, 12 annual (an annual value is stamped on January and covers the year).</summary>
    public int Step { get; }

    public bool IsQuarterly => Step == 3;

    public bool IsAnnual => Step == 12;

    public IReadOnlyList<double> Values => _values;

    public int Count => _values.Length;

    /// <summary>The month an observation is stamped on (the first month of its period).</summary>
    public YearMonth MonthOf(int i) => Start.AddMonths(i * Step);

    /// <summary>
    /// The month a turning point at observation <paramref name="i"/> is dated to: the month itself
    /// for monthly data, the middle month of the quarter for quarterly data (a quarterly value is an
    /// average or a mid-period reading, so its centre is the least biased month).
    /// </summary>
    public YearMonth DatedMonth(int i) => MonthOf(i).AddMonths(Step / 2);

    /// <summary>The last month of the period observation <paramref name="i"/> covers; it is known no earlier.</summary>
    public YearMonth PeriodEnd(int i) => MonthOf(i).AddMonths(Step - 1);

    public YearMonth End => PeriodEnd(Count - 1);

    /// <summary>
    /// The series as it was known in <paramref name="asOf"/>: only periods that had ended and been
    /// published (<paramref name="publicationLagMonths"/> after the period's end) by then.
    /// </summary>
    public TimeSeries KnownAt(YearMonth asOf, int publicationLagMonths)
    {
        var n = 0;
        while (n < _values.Length && PeriodEnd(n).AddMonths(publicationLagMonths) <= asOf)
        {
            n++;
        }
        return n == _values.Length ? this : new TimeSeries(Name, Start, Step, _values.Take(n));
    }

    /// <summary>The value for a month: a quarterly value holds for each month of its quarter.</summary>
    public double? ValueAt(YearMonth month)
    {
        var offset = month.MonthsSince(Start);
        if (offset < 0)
        {
            return null;
        }
        var i = offset / Step;
        return i < _values.Length ? _values[i] : null;
    }

    /// <summary>The same series on a monthly calendar (quarterly or annual values repeated through their period).</summary>
    public TimeSeries ToMonthly()
    {
        if (Step == 1)
        {
            return this;
        }
        return new TimeSeries(Name, Start, 1, _values.SelectMany(v => Enumerable.Repeat(v, Step)));
    }

    /// <summary>A new series of the same shape with transformed values (used by derivations).</summary>
    public TimeSeries With(string name, YearMonth start, IEnumerable<double> values) => new(name, start, Step, values);
}
