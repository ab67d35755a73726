using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class SeasonalAdjustmentTests
{
    [Fact]
    public void A_multiplicative_seasonal_pattern_on_a_trend_is_removed()
    {
        var trend = Enumerable.Range(0, 120).Select(t => 100 + (0.5 * t)).ToArray();
        var raw = trend.Select((v, t) => v * (1 + (0.05 * Math.Sin(2 * Math.PI * t / 12)))).ToArray();

        var adjusted = SeasonalAdjustment.Adjust(raw, Synthetic.Start);

        // Factors are averaged over years on a rising trend, so a small residual remains; 0.5% of level is far below the 5% pattern.
        for (var t = 0; t < raw.Length; t++)
        {
            Assert.InRange(adjusted[t] / trend[t], 0.995, 1.005);
        }
    }

    [Fact]
    public void An_unadjusted_series_is_dated_like_its_adjusted_twin()
    {
        var cycle = Synthetic.Piecewise((0, 100), (50, 140), (80, 110), (150, 150));
        var nsa = cycle.Select((v, t) => v * (1 + (0.06 * Math.Cos(2 * Math.PI * t / 12)))).ToArray();

        var dated = RealTimeDating.Run(Synthetic.Monthly("nsa", nsa), DatingParameters.BryBoschanMonthly, 0, adjustSeasonally: true);

        // Seasonal swings of ±6% would otherwise give a peak and trough every year; within 2 months because
        // the residual seasonality moves the extreme of a gentle kink by a month or two.
        Assert.Equal(2, dated.Retrospective.Count);
        Assert.InRange(dated.Retrospective[0].Month.MonthsSince(Synthetic.Start), 48, 52);
        Assert.InRange(dated.Retrospective[1].Month.MonthsSince(Synthetic.Start), 78, 82);
    }
}
