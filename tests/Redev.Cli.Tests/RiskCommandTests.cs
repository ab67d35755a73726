using System.Text.Json;
using System.Text.RegularExpressions;

namespace Redev.Cli.Tests;

public partial class RiskCommandTests
{
    /// <summary>The example scenario shipped in docs, found by walking up from the test binary to the repository root.</summary>
    private static string Example()
    {
        return Path.Combine(RepoRoot.Path, "docs", "examples", "demo-risk.json");
    }

    private static string WriteScenario(Func<string, string> change)
    {
        var example = Example();
        var text = change(File.ReadAllText(example));
        // Written next to the example so its relative register path still resolves.
        var path = Path.Combine(Path.GetDirectoryName(example)!, $"test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task The_example_scenario_runs_and_prints_the_warning_before_the_owner_table()
    {
        var run = await CliRun.RunAsync("risk", "run", "--scenario", Example(), "--paths", "20000");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("WARNING: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("consenting owners end, in their median future, with less than their own URA-style acquisition offer", run.Out, StringComparison.Ordinal);
        Assert.Contains("CHAN Tai Man", run.Out, StringComparison.Ordinal);
        Assert.Contains("hold-out", run.Out, StringComparison.Ordinal);
        Assert.Contains("developer: median", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_is_the_same_on_one_thread_and_on_two()
    {
        var one = await CliRun.RunAsync("risk", "run", "--scenario", Example(), "--paths", "10000", "--seed", "5", "--threads", "1", "--json");
        var two = await CliRun.RunAsync("risk", "run", "--scenario", Example(), "--paths", "10000", "--seed", "5", "--threads", "2", "--json");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, two.Out);
        using var doc = JsonDocument.Parse(one.Out);
        var root = doc.RootElement;
        Assert.Equal(10000, root.GetProperty("paths").GetInt64());
        var owner = root.GetProperty("owners").EnumerateArray().First(o => o.GetProperty("owner").GetString() == "CHAN Tai Man");
        var outcome = owner.GetProperty("outcomeHkd");
        Assert.True(outcome.GetProperty("p5").GetDecimal() <= outcome.GetProperty("p50").GetDecimal());
        Assert.True(outcome.GetProperty("p50").GetDecimal() <= outcome.GetProperty("p95").GetDecimal());
        Assert.InRange(owner.GetProperty("probabilityBelowSale").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task A_bad_scenario_is_refused_with_the_parameter_named_and_nothing_simulated()
    {
        var path = WriteScenario(t => t.Replace("\"monthlyVolatility\": 0.024988", "\"monthlyVolatility\": -0.035", StringComparison.Ordinal));
        try
        {
            var run = await CliRun.RunAsync("risk", "run", "--scenario", path);
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("$.regimes.downturn.monthlyVolatility: must be zero or more", run.Err, StringComparison.Ordinal);
            Assert.Contains("nothing was simulated", run.Err, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_scenario_naming_a_missing_owner_is_refused()
    {
        var path = WriteScenario(t => t.Replace("\"TANG Suk Fong\"", "\"TANG Nobody\"", StringComparison.Ordinal));
        try
        {
            var run = await CliRun.RunAsync("risk", "run", "--scenario", path);
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("$.holdOuts[1]: names an owner who is not in the register (got \"TANG Nobody\")", run.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Charts_are_written_as_png_and_svg()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"risk-charts-{Guid.NewGuid():N}");
        var run = await CliRun.RunAsync("risk", "run", "--scenario", Example(), "--paths", "5000", "--chart", dir);

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "risk-index-fan", "risk-nav-fan", "risk-owner-histogram" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(dir, name + ".png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(dir, name + ".svg")), StringComparison.Ordinal);
        }
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Bench_prints_the_rate_as_its_last_line()
    {
        var run = await CliRun.RunAsync("risk", "bench", "--paths", "8192");

        Assert.Equal(0, run.ExitCode);
        var last = run.Out.TrimEnd().Split('\n')[^1].TrimEnd('\r');
        Assert.Matches(RateLine(), last);
    }

    [GeneratedRegex(@"^risk path-months/s=[0-9]+$")]
    private static partial Regex RateLine();
}
