using System.Text.Json;

namespace Redev.Cli.Tests;

public class AllocateCommandTests
{
    private static string WriteRegister(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reg-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    private const string Thirds = """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use
        1/F,1,400,A,1/3,,,residential
        1/F,1,400,B,1/3,,,residential
        1/F,1,400,C,1/3,,,residential
        """;

    [Fact]
    public async Task Json_output_has_the_documented_shape_and_reconciles()
    {
        var path = WriteRegister(Thirds);
        var run = await CliRun.RunAsync("allocate", "--register", path, "--policy", "equity", "--site-value", "100",
            "--construction-cost", "50", "--issue-price", "1", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("equity", root.GetProperty("policy").GetString());
        Assert.Equal(1m, root.GetProperty("issuePrice").GetDecimal());
        Assert.Equal(150, root.GetProperty("totalUnits").GetInt64());
        Assert.Contains("largest fractional parts", root.GetProperty("roundingRule").GetString(), StringComparison.Ordinal);
        var holders = root.GetProperty("holders").EnumerateArray()
            .ToDictionary(h => h.GetProperty("holder").GetString()!, h => (Units: h.GetProperty("units").GetInt64(), Role: h.GetProperty("role").GetString()));
        // 100/3 each = 33 + 1/3: the single leftover unit goes to A, first in ordinal order.
        Assert.Equal(34, holders["A"].Units);
        Assert.Equal(33, holders["B"].Units);
        Assert.Equal(33, holders["C"].Units);
        Assert.Equal((50L, "developer"), holders["developer"]);
        Assert.Equal(150, holders.Values.Sum(h => h.Units));
    }

    [Fact]
    public async Task A_burden_at_or_above_the_post_value_is_refused_plainly()
    {
        var path = WriteRegister(Thirds);
        var run = await CliRun.RunAsync("allocate", "--register", path, "--policy", "cost-in-kind", "--post-value", "100",
            "--common-burden", "100", "--issue-price", "1");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("at or above the post-redevelopment value", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_bad_register_prints_every_problem_with_file_and_line()
    {
        var path = WriteRegister("flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use\n1/F,x,400,A,1,,,residential\n2/F,5,400,B,7/5,,,residential\n");
        var run = await CliRun.RunAsync("allocate", "--register", path, "--policy", "equity", "--site-value", "100",
            "--construction-cost", "50", "--issue-price", "1");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{path}:2: undivided_shares: is not a whole number (got \"x\")", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{path}:3: owner_fraction: must be more than 0 and at most 1 (got \"7/5\")", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_set_of_terms_is_bad_input_naming_what_is_missing()
    {
        var path = WriteRegister(Thirds);
        var run = await CliRun.RunAsync("allocate", "--register", path, "--policy", "equity", "--site-value", "100",
            "--post-value", "50", "--issue-price", "1");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("constructionCost is missing; give an HKD amount such as 168000000 or 10.50. [bad-options]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_with_three_decimals_is_a_usage_error()
    {
        var path = WriteRegister(Thirds);
        var run = await CliRun.RunAsync("allocate", "--register", path, "--policy", "equity", "--site-value", "100.001",
            "--construction-cost", "50", "--issue-price", "1");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--site-value: \"100.001\" is not an HKD amount", run.Err, StringComparison.Ordinal);
    }
}
