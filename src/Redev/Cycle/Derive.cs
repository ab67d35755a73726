namespace Redev.Cycle;

/// <summary>Series the rules are stated in, derived from what agencies publish.</summary>
public static class Derive
{
    /// <summary>
    /// Months' supply = stock for sale ÷ monthly sales, on the months both series cover. Sales
    /// published as an annualised rate (SAAR) are divided by 12 first.
    /// </summary>
    public static MarketSeries MonthsSupply(MarketSeries stock, MarketSeries sales, bool salesAnnualised)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(sales);
        var v = sales.Series.ToMonthly();
        // An annual stock is known months after its year ends; spreading it back over that year would let
        // every month see a figure published later. Each month takes the latest year published by then.
        var s = stock.Series.IsAnnual ? AsPublished(stock, v.End) : stock.Series.ToMonthly();
        var lag = stock.Series.IsAnnual ? sales.PublicationLagMonths : Math.Max(stock.PublicationLagMonths, sales.PublicationLagMonths);
        var start = s.Start > v.Start ? s.Start : v.Start;
        var end = s.End < v.End ? s.End : v.End;
        if (end < start)
        {
            return new MarketSeries(new TimeSeries("months' supply", start, 1, []), lag, stock.SeasonallyAdjusted && sales.SeasonallyAdjusted);
        }
        var values = new List<double>();
        for (var m = start; m <= end; m = m.AddMonths(1))
        {
            var monthly = v.ValueAt(m)!.Value / (salesAnnualised ? 12 : 1);
            values.Add(monthly == 0 ? double.MaxValue : s.ValueAt(m)!.Value / monthly);
        }
        var series = new TimeSeries("months' supply", start, 1, values);
        return new MarketSeries(series, lag, stock.SeasonallyAdjusted && sales.SeasonallyAdjusted);
    }

    /// <summary>
    /// Vacant units = vacancy rate × stock, for the periods both cover (RVD publishes the year-end rate as
    /// a fraction of the stock, e.g. 0.043). The later of the two publication lags applies.
    /// </summary>
    public static MarketSeries Vacant(MarketSeries rate, MarketSeries stock)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(stock);
        if (rate.Series.Step != stock.Series.Step)
        {
            throw new ArgumentException("the vacancy rate and the stock must have the same frequency", nameof(stock));
        }
        var r = rate.Series;
        var k = stock.Series;
        var start = r.Start > k.Start ? r.Start : k.Start;
        var values = new List<double>();
        for (var m = start; r.ValueAt(m) is { } x && k.ValueAt(m) is { } y; m = m.AddMonths(r.Step))
        {
            values.Add(x * y);
        }
        return new MarketSeries(new TimeSeries("vacant units", start, r.Step, values),
            Math.Max(rate.PublicationLagMonths, stock.PublicationLagMonths), rate.SeasonallyAdjusted && stock.SeasonallyAdjusted);
    }

    /// <summary>A periodic stock on the monthly calendar as it was known: from each period's publication on, its value, through <paramref name="through"/>.</summary>
    private static TimeSeries AsPublished(MarketSeries stock, YearMonth through)
    {
        var x = stock.Series;
        var first = x.PeriodEnd(0).AddMonths(stock.PublicationLagMonths);
        var values = new List<double>();
        for (var m = first; m <= through; m = m.AddMonths(1))
        {
            var known = x.KnownAt(m, stock.PublicationLagMonths);
            values.Add(known.Values[^1]);
        }
        return new TimeSeries(x.Name, first, 1, values);
    }

    /// <summary>Year-on-year change in percent of an index; the first year has none.</summary>
    public static MarketSeries YearOnYear(MarketSeries index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var x = index.Series.ToMonthly();
        var values = x.Values.Skip(12).Select((v, i) => ((v / x.Values[i]) - 1) * 100);
        return index with { Series = new TimeSeries(x.Name + " (YoY %)", x.Start.AddMonths(12), 1, values) };
    }
}
