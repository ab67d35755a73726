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
        var s = stock.Series.ToMonthly();
        var v = sales.Series.ToMonthly();
        var start = s.Start > v.Start ? s.Start : v.Start;
        var end = s.End < v.End ? s.End : v.End;
        var values = new List<double>();
        for (var m = start; m <= end; m = m.AddMonths(1))
        {
            var monthly = v.ValueAt(m)!.Value / (salesAnnualised ? 12 : 1);
            values.Add(monthly == 0 ? double.MaxValue : s.ValueAt(m)!.Value / monthly);
        }
        var series = new TimeSeries("months' supply", start, 1, values);
        return new MarketSeries(series, Math.Max(stock.PublicationLagMonths, sales.PublicationLagMonths),
            stock.SeasonallyAdjusted && sales.SeasonallyAdjusted);
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
