using System.Text.Json;

namespace Redev.Cli.Tests;

/// <summary><c>redev lottery order</c> recomputes the published order from the seed, checked against its commitment.</summary>
public class LotteryCommandTests
{
    private static string Vector(string name) => Path.Combine(RepoRoot.Path, "docs", "test-vectors", "lottery", name);

    private const string Seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    [Fact]
    public async Task The_order_of_the_published_vector_is_recomputed_exactly()
    {
        var run = await CliRun.RunAsync("lottery", "order", "--seed", Seed, "--commitment", "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd",
            "--holdings", Vector("holders.csv"), "--json");

        Assert.True(run.ExitCode == 0, run.Err);
        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Vector("expected.json"))).RootElement;
        var actual = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(expected.GetProperty("commitment").GetString(), actual.GetProperty("commitment").GetString());
        Assert.Equal(expected.GetProperty("order").EnumerateArray().Select(o => (o.GetProperty("holder").GetString(), o.GetProperty("ticket").GetString())),
            actual.GetProperty("order").EnumerateArray().Select(o => (o.GetProperty("holder").GetString(), o.GetProperty("ticket").GetString())));
    }

    [Fact]
    public async Task A_seed_that_does_not_match_its_commitment_is_refused()
    {
        var run = await CliRun.RunAsync("lottery", "order", "--seed", Seed, "--commitment", new string('0', 64), "--holdings", Vector("holders.csv"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_seed_prints_its_commitment()
    {
        var run = await CliRun.RunAsync("lottery", "seed");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var seed = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var commitment = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromHexString(seed))), commitment);
    }
}
