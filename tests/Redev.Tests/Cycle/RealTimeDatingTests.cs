using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class RealTimeDatingTests
{
    private static readonly double[] Vee = Synthetic.Piecewise((0, 100), (30, 130), (60, 100), (100, 140));

    [Fact]
    public void A_turning_point_is_confirmed_only_after_the_end_censoring_and_publication_lag()
    {
        var dated = RealTimeDating.Run(Synthetic.Monthly("x", Vee), DatingParameters.BryBoschanMonthly, publicationLagMonths: 2, adjustSeasonally: false);

        var trough = Assert.Single(dated.Retrospective, t => t.Type == TurningPointType.Trough);
        Assert.Equal(Synthetic.Start.AddMonths(60), trough.Month);
        // The procedure needs EndCensor (6) later months before it may date the trough, then 2 months to publish.
        Assert.True(trough.ConfirmationLagMonths >= 6 + 2, $"lag {trough.ConfirmationLagMonths}");
        Assert.Equal(trough.ConfirmedMonth, FirstVintageShowing(dated, trough));
    }

    [Fact]
    public void What_was_known_in_a_month_equals_dating_the_series_cut_at_that_month()
    {
        var x = Synthetic.Sine(200, 40, 10, 1, seed: 3);
        var dated = RealTimeDating.Run(Synthetic.Monthly("x", x), DatingParameters.BryBoschanMonthly, 1, false);

        foreach (var cut in new[] { 50, 90, 131, 170 })
        {
            var month = Synthetic.Start.AddMonths(cut);
            var known = Synthetic.Monthly("x", x).KnownAt(month, 1);
            var direct = TurningPoints.Date(known.Values, DatingParameters.BryBoschanMonthly);

            Assert.Equal(direct.Select(p => (Synthetic.Start.AddMonths(p.Index), p.Type)), dated.KnownAt(month).Select(p => (p.Month, p.Type)));
        }
    }

    private static YearMonth FirstVintageShowing(DatedSeries dated, TurningPoint point)
    {
        for (var m = point.Month; ; m = m.AddMonths(1))
        {
            if (dated.KnownAt(m).Any(p => p.Type == point.Type && p.Month == point.Month))
            {
                return m;
            }
        }
    }
}
