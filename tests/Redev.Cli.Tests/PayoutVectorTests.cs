using System.Text.Json.Nodes;

namespace Redev.Cli.Tests;

/// <summary>
/// The published test vectors of docs/payout.md (docs/test-vectors/payout/) run through the real command:
/// what someone checking the rule in another language compares against is what Redev prints.
/// </summary>
public class PayoutVectorTests
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "docs", "test-vectors", "payout");

    public static TheoryData<string, string, string> Vectors()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "vectors.csv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            data.Add(f[0], f[1], f[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task The_command_prints_the_vectors_expected_json(string name, string amount, string feeRate)
    {
        string[] args = ["distribute", "--holdings", Path.Combine(Folder, name + ".csv"), "--amount", amount, "--json"];
        if (feeRate.Length > 0)
        {
            args = [.. args, "--fee-rate", feeRate];
        }

        var run = await CliRun.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.Err);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var actual = JsonNode.Parse(run.Out);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}: expected\n{expected}\ngot\n{actual}");
    }

    [Fact]
    public void There_are_vectors_to_run()
    {
        Assert.True(Vectors().Count >= 10);
    }
}
