using System.Globalization;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>The market model is fitted to Hong Kong's price history and reproduces its annual drift and volatility.</summary>
public class CalibrationTests
{
    /// <summary>BIS Hong Kong nominal residential prices, 1979Q4 to 2025Q4, as shipped in data/markets.</summary>
    private static double[] HongKong()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "data", "markets", "hong-kong.json")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("data/markets not found above the test's directory");
        }
        return File.ReadLines(Path.Combine(dir, "data", "markets", "bis_residential_property_prices_jp_kr_hk_us_quarterly_long.csv"))
            .Skip(1).Select(l => l.Split(','))
            .Where(f => f[2] == "HK" && f[3] == "Nominal")
            .Select(f => double.Parse(f[4], CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void The_Hong_Kong_series_shows_about_six_percent_a_year_and_sixteen_percent_volatility()
    {
        var c = MarketCalibration.FromQuarterly(HongKong());
        Assert.Equal(46, c.Years);
        Assert.Equal(0.0629, c.AnnualDrift, 0.0005);
        Assert.Equal(0.1612, c.AnnualVolatility, 0.0005);
    }

    [Fact]
    public void The_defaults_are_the_calibration_of_the_shipped_Hong_Kong_series_to_the_printed_digits()
    {
        var fitted = MarketCalibration.FromQuarterly(HongKong()).Market;
        var defaults = RiskDefaults.Standard.Market;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(fitted.Returns[i].MonthlyDrift, defaults.Returns[i].MonthlyDrift, 0.00001);
            Assert.Equal(fitted.Returns[i].MonthlyVolatility, defaults.Returns[i].MonthlyVolatility, 0.00001);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(fitted.Transitions[i][j], defaults.Transitions[i][j], 0.001);
            }
        }
    }

    [Fact]
    public void Long_simulated_paths_of_the_default_market_reproduce_the_series_drift_and_volatility_within_the_stated_tolerance()
    {
        var target = MarketCalibration.FromQuarterly(HongKong());
        var market = RiskDefaults.Standard.Market;

        // Drift: 100-year paths; the start's regime is forgotten within a few years, so ln I(1200)/100 is the annual drift.
        var longRun = Run(market, MarketRegime.Stabilising, 1200, 4_096);
        Assert.InRange(longRun.TerminalLogIndexMean / 100 - target.AnnualDrift, -DriftTolerance, DriftTolerance);

        // Volatility: one-year changes started in each regime, mixed in the long-run proportions, are the
        // model's year-on-year changes; their spread is compared with the series' year-on-year spread.
        var pi = market.Stationary();
        double mean = 0, second = 0;
        foreach (var r in MarketRegimes.All)
        {
            var d = Run(market, r, 12, 40_000);
            mean += pi[(int)r] * d.TerminalLogIndexMean;
            second += pi[(int)r] * (d.TerminalLogIndexVariance + d.TerminalLogIndexMean * d.TerminalLogIndexMean);
        }
        Assert.InRange(mean - target.AnnualDrift, -DriftTolerance, DriftTolerance);
        Assert.InRange(Math.Sqrt(second - mean * mean) - target.AnnualVolatility, -VolatilityTolerance, VolatilityTolerance);
    }

    /// <summary>The stated tolerances (docs/risk.md): half a point of annual drift, one point of annual volatility.</summary>
    private const double DriftTolerance = 0.005, VolatilityTolerance = 0.01;

    private static RiskDiagnostics Run(RegimeDynamics market, MarketRegime start, int months, int paths)
    {
        var scenario = RiskScenarios.Certain() with
        {
            Market = market,
            StartingRegime = start,
            Timeline = new Timeline(0, 0, months, TriangularDelay.None, TriangularDelay.None, TriangularDelay.None),
        };
        return RiskEngine.Run(RiskScenarios.Model(scenario), paths, 20_260_126).Diagnostics;
    }

    [Fact]
    public void The_exact_annual_moments_of_one_regime_are_twelve_months_of_its_drift_and_variance()
    {
        var (drift, within, switching) = MarketCalibration.AnnualMoments(RegimeDynamics.OneRegime(0.005, 0.02));
        Assert.Equal(0.06, drift, 1e-12);
        Assert.Equal(12 * 0.0004, within, 1e-12);
        Assert.Equal(0, switching, 1e-12);
    }
}
