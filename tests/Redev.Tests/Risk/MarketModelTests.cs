using System.Runtime.Intrinsics;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>The simulated market against what the model's parameters imply in closed form.</summary>
public class MarketModelTests
{
    [Fact]
    public void With_one_regime_the_terminal_log_index_has_the_normal_mean_and_variance_within_four_standard_errors()
    {
        const double drift = -0.004, volatility = 0.03;
        const int months = 12;
        const long paths = 1_000_000;
        var scenario = RiskScenarios.Certain() with
        {
            Market = RegimeDynamics.OneRegime(drift, volatility),
            Timeline = new Timeline(0, 0, months, TriangularDelay.None, TriangularDelay.None, TriangularDelay.None),
        };
        var d = RiskEngine.Run(RiskScenarios.Model(scenario), paths, 11).Diagnostics;

        var mean = months * drift;
        var variance = months * volatility * volatility;
        Assert.InRange(d.TerminalLogIndexMean, mean - 4 * Math.Sqrt(variance / paths), mean + 4 * Math.Sqrt(variance / paths));
        // The sample variance of normals has standard error σ²·√(2/(n−1)).
        var se = variance * Math.Sqrt(2.0 / (paths - 1));
        Assert.InRange(d.TerminalLogIndexVariance, variance - 4 * se, variance + 4 * se);
    }

    [Fact]
    public void The_regime_chain_spends_its_months_in_the_proportions_of_the_stationary_distribution()
    {
        var market = new RegimeDynamics(
            [new(-0.01, 0.03), new(0, 0.02), new(0.01, 0.02)],
            [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.3, 0.6]]);
        var scenario = RiskScenarios.Certain() with
        {
            Market = market,
            StartingRegime = MarketRegime.Downturn,
            Timeline = new Timeline(0, 0, 1200, TriangularDelay.None, TriangularDelay.None, TriangularDelay.None),
        };
        var occupancy = RiskEngine.Run(RiskScenarios.Model(scenario), 10_000, 5).Diagnostics.RegimeOccupancy;
        var stationary = market.Stationary();

        // 12 million path-months; the start in a downturn fades within a few months of 1,200.
        for (var r = 0; r < 3; r++)
        {
            Assert.InRange(occupancy[r], stationary[r] - 0.003, stationary[r] + 0.003);
        }
        Assert.Equal(1.0, occupancy.Sum(), 12);
    }

    [Fact]
    public void The_stationary_distribution_is_left_unchanged_by_the_transition_matrix()
    {
        var market = new RegimeDynamics(
            [new(0, 0), new(0, 0), new(0, 0)],
            [[0.9, 0.1, 0], [0.05, 0.9, 0.05], [0, 0.2, 0.8]]);
        var pi = market.Stationary();
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(pi[j], Enumerable.Range(0, 3).Sum(i => pi[i] * market.Transitions[i][j]), 12);
        }
    }

    [Fact]
    public void Delays_are_drawn_from_their_triangles_and_push_completion_back()
    {
        var scenario = RiskScenarios.Certain() with
        {
            Timeline = new Timeline(6, 12, 36, new TriangularDelay(0, 0, 6), TriangularDelay.None, new TriangularDelay(2, 5, 8)),
        };
        var report = RiskEngine.Run(RiskScenarios.Model(scenario), 200_000, 9);

        // A triangle's mean is (min + mode + max) / 3: 2 and 5 months. Rounded to whole months, (0, 0, 6) averages
        // 1.986 (computed by quadrature), (2, 5, 8) stays 5 by symmetry; the standard error here is 0.004.
        Assert.Equal(36 + 6 + 8, report.HorizonMonths);
        Assert.InRange(report.Diagnostics.MeanCompletionMonth, 36 + 6.986 - 0.02, 36 + 6.986 + 0.02);
    }

    [Fact]
    public void The_fast_logarithm_and_sin_cos_are_accurate_to_single_precision()
    {
        var maxLog = 0.0;
        var maxTrig = 0.0;
        for (var i = 1; i <= 1 << 16; i++)
        {
            var u = (float)i / (1 << 16);
            var tiny = MathF.Pow(2, -23) * i;
            var logs = FastMath.LogUnit(Vector512.Create(u));
            var logTiny = FastMath.LogUnit(Vector512.Create(tiny));
            maxLog = Math.Max(maxLog, Math.Abs(logs.GetElement(0) - Math.Log(u)));
            maxLog = Math.Max(maxLog, Math.Abs(logTiny.GetElement(0) - Math.Log(tiny)) / Math.Abs(Math.Log(tiny)));
            var turn = (float)(i - 1) / (1 << 16);
            var (sin, cos) = FastMath.SinCosTurn(Vector512.Create(turn));
            maxTrig = Math.Max(maxTrig, Math.Abs(sin.GetElement(0) - Math.Sin(2 * Math.PI * turn)));
            maxTrig = Math.Max(maxTrig, Math.Abs(cos.GetElement(0) - Math.Cos(2 * Math.PI * turn)));
        }
        Assert.InRange(maxLog, 0, 1e-6);
        Assert.InRange(maxTrig, 0, 1e-6);
    }
}
