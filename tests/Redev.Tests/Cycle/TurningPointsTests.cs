using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class TurningPointsTests
{
    private static readonly DatingParameters Bb = DatingParameters.BryBoschanMonthly;

    [Fact]
    public void A_noisy_sine_is_dated_within_three_months_of_its_true_peaks_and_troughs()
    {
        // Period 48, amplitude 10, noise s.d. 0.5. Within ±3 months of an extreme the sine is within
        // 10·(1 − cos(2π·3/48)) ≈ 0.76 of it, about 1.5 noise s.d., so months that close cannot be told
        // apart by any procedure; 3 months is the tolerance the data allow, not a fit to one run.
        for (var seed = 1; seed <= 20; seed++)
        {
            var x = Synthetic.Sine(240, 48, 10, 0.5, seed);
            var points = TurningPoints.Date(x, Bb);

            var expected = Enumerable.Range(0, 10).Select(k => (At: 12 + (24 * k), Type: k % 2 == 0 ? TurningPointType.Peak : TurningPointType.Trough))
                .Where(e => e.At >= Bb.EndCensor + 3 && e.At < 240 - Bb.EndCensor - 3).ToList();
            Assert.Equal(expected.Count, points.Count(p => p.Index >= Bb.EndCensor + 3 && p.Index < 240 - Bb.EndCensor - 3));
            foreach (var e in expected)
            {
                Assert.Contains(points, p => p.Type == e.Type && Math.Abs(p.Index - e.At) <= 3);
            }
        }
    }

    [Fact]
    public void A_series_of_straight_lines_is_dated_exactly_at_its_changes_of_direction()
    {
        var x = Synthetic.Piecewise((0, 100), (30, 130), (55, 90), (90, 120), (120, 110));

        var points = TurningPoints.Date(x, Bb);

        Assert.Equal([(30, TurningPointType.Peak), (55, TurningPointType.Trough), (90, TurningPointType.Peak)], points);
    }

    [Fact]
    public void A_step_down_and_back_up_is_dated_at_the_steps()
    {
        // Level 100, a step down to 80 at month 40, a step up to 100 at month 80, with a slight drift
        // (up, down, up) so extremes are unique: the peak is the last month before the drop, the trough
        // the last low month. (On a dead-flat plateau any month is as high as any other.)
        var x = Enumerable.Range(0, 120).Select(t => t < 40 ? 100 + (t * 0.01) : t < 80 ? 80 - ((t - 40) * 0.01) : 100 + ((t - 80) * 0.01)).ToArray();

        var points = TurningPoints.Date(x, Bb);

        Assert.Equal([(39, TurningPointType.Peak), (79, TurningPointType.Trough)], points);
    }

    [Fact]
    public void A_dip_shorter_than_the_minimum_phase_is_not_a_turning_point()
    {
        // A long rise with a 3-month dip of 4 points: phases of 3 months are below Bry–Boschan's 5.
        var x = Synthetic.Piecewise((0, 100), (40, 140), (43, 136), (46, 146), (90, 190), (120, 160));

        var points = TurningPoints.Date(x, Bb);

        Assert.Equal([(90, TurningPointType.Peak)], points);
    }

    [Fact]
    public void Peaks_and_troughs_alternate_and_respect_minimum_phase_and_cycle_on_random_walks()
    {
        for (var seed = 1; seed <= 50; seed++)
        {
            var random = new Random(seed);
            var x = new double[300];
            for (var t = 1; t < x.Length; t++)
            {
                x[t] = x[t - 1] + random.NextDouble() - 0.5;
            }

            var points = TurningPoints.Date(x, Bb);

            for (var k = 0; k + 1 < points.Count; k++)
            {
                Assert.NotEqual(points[k].Type, points[k + 1].Type);
                Assert.True(points[k + 1].Index - points[k].Index >= Bb.MinPhase, $"seed {seed}: phase {points[k].Index}→{points[k + 1].Index}");
                if (k + 2 < points.Count)
                {
                    Assert.True(points[k + 2].Index - points[k].Index >= Bb.MinCycle, $"seed {seed}: cycle {points[k].Index}→{points[k + 2].Index}");
                }
            }
            Assert.All(points, p => Assert.InRange(p.Index, Bb.EndCensor, x.Length - 1 - Bb.EndCensor));
        }
    }

    [Fact]
    public void The_quarterly_variant_dates_a_quarterly_cycle_within_one_quarter()
    {
        // 16-quarter cycle, peaks at quarter 4 + 16k; one quarter is the finest a quarterly series can date.
        var x = Synthetic.Sine(80, 16, 10, 0.3, seed: 7);

        var points = TurningPoints.Date(x, DatingParameters.HardingPaganQuarterly);

        foreach (var (at, type) in new[] { (20, TurningPointType.Peak), (28, TurningPointType.Trough), (36, TurningPointType.Peak), (44, TurningPointType.Trough) })
        {
            Assert.Contains(points, p => p.Type == type && Math.Abs(p.Index - at) <= 1);
        }
    }

    [Fact]
    public void A_series_too_short_for_the_end_censoring_has_no_turning_points()
    {
        Assert.Empty(TurningPoints.Date([1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5], Bb));
    }
}
