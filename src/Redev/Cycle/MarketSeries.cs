namespace Redev.Cycle;

/// <summary>One series of a market with what the monitor needs to know about its publication.</summary>
/// <param name="PublicationLagMonths">Months after the end of a period before its value is published; used by as-of evaluation.</param>
/// <param name="SeasonallyAdjusted">False for series published unadjusted; they are adjusted before dating.</param>
public sealed record MarketSeries(TimeSeries Series, int PublicationLagMonths = 0, bool SeasonallyAdjusted = true)
{
    public MarketSeries KnownAt(YearMonth asOf) => this with { Series = Series.KnownAt(asOf, PublicationLagMonths) };
}
