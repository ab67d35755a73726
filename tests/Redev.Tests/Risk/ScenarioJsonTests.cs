using System.Text.Json.Nodes;
using Redev.Allocation;
using Redev.Risk;

namespace Redev.Tests.Risk;

public class ScenarioJsonTests
{
    private const string Valid = """
        {
          "register": "reg.csv",
          "policy": "equity",
          "siteValueHkd": 11000000,
          "constructionCostHkd": "9,000,000.00",
          "postValueHkd": 25000000,
          "issuePriceHkd": 10,
          "holdOuts": ["D"],
          "holdOutPremium": 0.2,
          "startingRegime": "downturn",
          "regimes": {
            "downturn":    { "monthlyDrift": -0.008, "monthlyVolatility": 0.035 },
            "stabilising": { "monthlyDrift": 0.001, "monthlyVolatility": 0.02 },
            "expansion":   { "monthlyDrift": 0.006, "monthlyVolatility": 0.025 }
          },
          "transitions": {
            "downturn":    { "downturn": 0.94, "stabilising": 0.06, "expansion": 0 },
            "stabilising": { "downturn": 0.04, "stabilising": 0.90, "expansion": 0.06 },
            "expansion":   { "downturn": 0.01, "stabilising": 0.04, "expansion": 0.95 }
          },
          "timeline": {
            "vestingMonths": 12, "demolitionMonths": 24, "completionMonths": 72,
            "completionDelay": { "min": 0, "mode": 6, "max": 18 }
          },
          "costOverrun": { "median": 1.05, "sigma": 0.1 },
          "financeRate": 0.06,
          "depositRate": 0.02,
          "failureBeforeVesting": 0.1,
          "noBuyerAtAuction": 0.05
        }
        """;

    private static IReadOnlyList<string> Problems(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        change(json);
        var result = ScenarioJson.Parse("s.json", json.ToJsonString());
        Assert.False(result.Succeeded);
        return result.Problems.Select(p => p.ToString()).ToArray();
    }

    [Fact]
    public void A_valid_scenario_is_read_with_every_parameter()
    {
        var result = ScenarioJson.Parse("s.json", Valid);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var s = result.Scenario!;
        Assert.Equal(AllocationPolicy.Equity, s.Policy);
        Assert.Equal(900_000_000, s.ConstructionCost.Value);
        Assert.Equal(MarketRegime.Downturn, s.StartingRegime);
        Assert.Equal(0.035, s.Market.Returns[0].MonthlyVolatility);
        Assert.Equal(0.06, s.Market.Transitions[1][2]);
        Assert.Equal(72 + 18, s.Timeline.HorizonMonths);
        Assert.Equal(new CostOverrun(1.05, 0.1), s.Overrun);
        Assert.Equal(["D"], s.HoldOuts);
    }

    [Fact]
    public void A_negative_volatility_is_refused_naming_the_parameter()
    {
        var problems = Problems(j => j["regimes"]!["stabilising"]!["monthlyVolatility"] = -0.01);
        Assert.Equal(["s.json: $.regimes.stabilising.monthlyVolatility: must be zero or more (and at most 1 a month) (got -0.01)"], problems);
    }

    [Fact]
    public void Transition_probabilities_that_do_not_sum_to_one_are_refused_naming_the_row()
    {
        var problems = Problems(j => j["transitions"]!["expansion"]!["expansion"] = 0.9);
        Assert.Equal(["s.json: $.transitions.expansion: probabilities of leaving expansion must sum to 1 (they sum to 0.95)"], problems);
    }

    [Fact]
    public void Completion_before_vesting_is_refused_naming_the_parameter()
    {
        var problems = Problems(j =>
        {
            j["timeline"]!["completionMonths"] = 10;
            j["timeline"]!["demolitionMonths"] = 12;
        });
        Assert.Equal(["s.json: $.timeline.completionMonths: must come after vesting (vestingMonths is 12) (got 10)"], problems);
    }

    [Fact]
    public void A_missing_parameter_a_misspelt_one_and_a_bad_regime_are_all_reported_at_once()
    {
        var problems = Problems(j =>
        {
            j.Remove("issuePriceHkd");
            j["depositRat"] = 0.02;
            j["startingRegime"] = "boom";
        });
        Assert.Contains("s.json: $.issuePriceHkd: is missing", problems);
        Assert.Contains(problems, p => p.StartsWith("s.json: $.depositRat: is not a scenario parameter", StringComparison.Ordinal));
        Assert.Contains("s.json: $.startingRegime: must be \"downturn\", \"stabilising\" or \"expansion\" (got \"boom\")", problems);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void A_probability_above_one_is_refused_naming_the_parameter()
    {
        var problems = Problems(j => j["failureBeforeVesting"] = 1.5);
        Assert.Equal(["s.json: $.failureBeforeVesting: must be a probability from 0 to 1 (got 1.5)"], problems);
    }

    [Fact]
    public void A_hold_out_who_is_not_in_the_register_is_refused_naming_the_entry()
    {
        var scenario = RiskScenarios.Certain() with { HoldOuts = ["A", "Nobody"] };
        var model = RiskModel.Build("s.json", scenario, RiskScenarios.Register(), out var problems);
        Assert.Null(model);
        Assert.Equal(["s.json: $.holdOuts[1]: names an owner who is not in the register (got \"Nobody\")"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_focus_owner_who_is_not_in_the_register_is_refused()
    {
        var scenario = RiskScenarios.Certain() with { FocusOwner = "Z" };
        Assert.Null(RiskModel.Build("s.json", scenario, RiskScenarios.Register(), out var problems));
        Assert.Equal("$.focusOwner", Assert.Single(problems).Path);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_at_the_root()
    {
        var result = ScenarioJson.Parse("s.json", "{ \"policy\": ");
        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }
}
