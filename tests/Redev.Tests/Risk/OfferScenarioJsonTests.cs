using System.Text.Json.Nodes;
using Redev.Risk;

namespace Redev.Tests.Risk;

/// <summary>The scenario file's offer parameters: the locality price and the allowance shares.</summary>
public class OfferScenarioJsonTests
{
    private static string Example() =>
        File.ReadAllText(Path.Combine(RepoDocs(), "examples", "demo-risk.json"));

    private static string RepoDocs()
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "docs", "examples")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("docs/examples not found above the test's directory");
        }
        return Path.Combine(dir, "docs");
    }

    [Fact]
    public void The_example_states_the_locality_price_and_the_allowance_shares()
    {
        var result = ScenarioJson.Parse("demo-risk.json", Example());
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(1_600_000, result.Scenario!.SevenYearOldFlatPerSqft!.Value.Value);
        Assert.Equal(0.5, result.Scenario.SupplementaryAllowanceShare);
        Assert.Equal(0.1, result.Scenario.BusinessAllowanceShare);
    }

    [Fact]
    public void Without_a_locality_price_there_is_none_and_the_shares_take_their_defaults()
    {
        var json = JsonNode.Parse(Example())!.AsObject();
        json.Remove("sevenYearOldFlatHkdPerSqft");
        json.Remove("supplementaryAllowanceShare");
        json.Remove("businessAllowanceShare");
        var s = ScenarioJson.Parse("s.json", json.ToJsonString()).Scenario!;
        Assert.Null(s.SevenYearOldFlatPerSqft);
        Assert.Equal((0.5, 0.1), (s.SupplementaryAllowanceShare, s.BusinessAllowanceShare));
    }

    [Fact]
    public void A_bad_locality_price_or_share_is_refused_naming_the_parameter()
    {
        var json = JsonNode.Parse(Example())!.AsObject();
        json["sevenYearOldFlatHkdPerSqft"] = -1;
        json["supplementaryAllowanceShare"] = 1.5;
        var result = ScenarioJson.Parse("s.json", json.ToJsonString());
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "s.json: $.sevenYearOldFlatHkdPerSqft: must be positive (got -1)",
                "s.json: $.supplementaryAllowanceShare: must be a share from 0 to 1 of the home purchase allowance (got 1.5)",
            ],
            result.Problems.Select(p => p.ToString()));
    }
}
