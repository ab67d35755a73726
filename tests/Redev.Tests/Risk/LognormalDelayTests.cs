using System.Runtime.Intrinsics;
using System.Text.Json.Nodes;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>Lognormal stage delays: drawn with the lognormal's mean, and validated with the parameter named.</summary>
public class LognormalDelayTests
{
    private const string Scenario = """
        {
          "register": "reg.csv", "policy": "equity", "siteValueHkd": 11000000, "constructionCostHkd": 9000000,
          "postValueHkd": 25000000, "issuePriceHkd": 10, "startingRegime": "stabilising",
          "regimes": {
            "downturn": { "monthlyDrift": 0, "monthlyVolatility": 0 },
            "stabilising": { "monthlyDrift": 0, "monthlyVolatility": 0 },
            "expansion": { "monthlyDrift": 0, "monthlyVolatility": 0 }
          },
          "transitions": {
            "downturn": { "downturn": 1, "stabilising": 0, "expansion": 0 },
            "stabilising": { "downturn": 0, "stabilising": 1, "expansion": 0 },
            "expansion": { "downturn": 0, "stabilising": 0, "expansion": 1 }
          },
          "timeline": {
            "vestingMonths": 6, "demolitionMonths": 12, "completionMonths": 36,
            "completionDelay": { "distribution": "lognormal", "median": 4, "sigma": 0.5, "max": 60 }
          }
        }
        """;

    private static IReadOnlyList<string> Problems(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Scenario)!.AsObject();
        change(json);
        var result = ScenarioJson.Parse("s.json", json.ToJsonString());
        Assert.False(result.Succeeded);
        return result.Problems.Select(p => p.ToString()).ToArray();
    }

    private static JsonObject Delay(JsonObject root) => root["timeline"]!["completionDelay"]!.AsObject();

    [Fact]
    public void A_lognormal_delay_is_read_from_the_scenario_with_its_cap_setting_the_horizon()
    {
        var result = ScenarioJson.Parse("s.json", Scenario);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var timeline = result.Scenario!.Timeline;
        Assert.Equal(new LognormalDelay(4, 0.5, 60), timeline.CompletionDelay.Lognormal);
        Assert.Equal(36 + 60, timeline.HorizonMonths);
    }

    [Fact]
    public void Simulated_lognormal_delays_average_the_lognormal_mean_within_four_standard_errors()
    {
        var delay = new LognormalDelay(4, 0.5, 60);
        var scenario = RiskScenarios.Certain() with
        {
            Timeline = new Timeline(6, 12, 36, TriangularDelay.None, TriangularDelay.None, delay),
        };
        const long paths = 1_000_000;
        var report = RiskEngine.Run(RiskScenarios.Model(scenario), paths, 17);

        // Mean 4·e^0.125 = 4.5330 months, standard deviation mean·√(e^0.25 − 1) = 2.416. Rounding to whole
        // months adds a variance of 1/12 and, for a density this smooth, no measurable bias; the cap at 60
        // months cuts off 3e-8 of the mass.
        var sd = Math.Sqrt(Math.Pow(delay.Mean, 2) * (Math.Exp(0.25) - 1) + 1.0 / 12);
        var se = sd / Math.Sqrt(paths);
        Assert.InRange(report.Diagnostics.MeanCompletionMonth - 36, delay.Mean - 4 * se, delay.Mean + 4 * se);
    }

    [Fact]
    public void A_lognormal_delay_with_no_spread_is_exactly_its_median()
    {
        var scenario = RiskScenarios.Certain() with
        {
            Timeline = new Timeline(6, 12, 36, new LognormalDelay(3, 0, 10), TriangularDelay.None, TriangularDelay.None),
        };
        var report = RiskEngine.Run(RiskScenarios.Model(scenario), 10_000, 3);
        Assert.Equal(39, report.Diagnostics.MeanCompletionMonth, 12);
    }

    [Fact]
    public void The_normal_quantile_matches_known_values_to_within_one_part_in_a_billion()
    {
        (double P, double Z)[] known = [(0.5, 0), (0.975, 1.959963984540054), (0.025, -1.959963984540054), (0.001, -3.090232306167814), (0.9999, 3.719016485455709), (0.84134474606854293, 1)];
        foreach (var (p, z) in known)
        {
            Assert.Equal(z, NormalQuantile.Of(Vector512.Create(p)).GetElement(0), 1e-8);
        }
    }

    [Fact]
    public void A_negative_sigma_is_refused_naming_the_parameter()
    {
        var problems = Problems(j => Delay(j)["sigma"] = -0.1);
        Assert.Contains(problems, p => p.StartsWith("s.json: $.timeline.completionDelay.sigma: must be zero or more", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cap_below_the_median_is_refused_naming_the_cap()
    {
        var problems = Problems(j => Delay(j)["max"] = 2);
        Assert.Contains(problems, p => p.StartsWith("s.json: $.timeline.completionDelay.max: must be at least the median (4 months)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lognormal_delay_without_its_cap_is_refused()
    {
        var problems = Problems(j => Delay(j).Remove("max"));
        Assert.Contains("s.json: $.timeline.completionDelay.max: is missing", problems);
    }

    [Fact]
    public void Triangular_figures_in_a_lognormal_delay_are_refused_as_unknown()
    {
        var problems = Problems(j => Delay(j)["mode"] = 3);
        Assert.Contains(problems, p => p.StartsWith("s.json: $.timeline.completionDelay.mode: is not a scenario parameter; expected one of distribution, median, sigma, max", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_distribution_is_refused_naming_the_two_there_are()
    {
        var problems = Problems(j => Delay(j)["distribution"] = "weibull");
        Assert.Contains(problems, p => p.StartsWith("s.json: $.timeline.completionDelay.distribution: must be \"triangular\" (the default) or \"lognormal\"", StringComparison.Ordinal));
    }
}
