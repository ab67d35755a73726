using System.Text.Json;

namespace Redev.Cli.Tests;

/// <summary>The market-cycle monitor sets the risk model's starting regime when a market is given.</summary>
public class RiskMarketTests
{
    [Fact]
    public async Task A_market_file_sets_the_starting_regime_from_the_current_verdict()
    {
        var scenario = Path.Combine(RepoRoot.Path, "docs", "examples", "demo-risk.json");
        var market = Path.Combine(RepoRoot.Path, "data", "markets", "hong-kong.json");
        var signals = await CliRun.RunAsync("cycle", "signals", "--market", market, "--json");
        using var doc = JsonDocument.Parse(signals.Out);
        var verdict = doc.RootElement.GetProperty("current").GetProperty("verdict").GetString();
        var expected = verdict switch { "downturn" => "downturn", "expanding" => "expansion", _ => "stabilising" };

        var run = await CliRun.RunAsync("risk", "run", "--scenario", scenario, "--market", market, "--paths", "4096");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Starting regime: {expected} (market-cycle monitor: Hong Kong,", run.Err, StringComparison.Ordinal);
        Assert.Contains($", {verdict}).", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_market_the_monitor_cannot_read_leaves_the_scenarios_own_starting_regime()
    {
        // Prices only, falling for three years: without sales and stock figures rule 1 cannot be read.
        var dir = Path.Combine(Path.GetTempPath(), "redev-cannot-tell-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var rows = Enumerable.Range(0, 48).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{2020 + (i / 12)}-{(i % 12) + 1:00}-01,{(i < 12 ? 100 + i : 112 - (i - 12))}"));
        await File.WriteAllTextAsync(Path.Combine(dir, "p.csv"), "date,value\n" + string.Join("\n", rows) + "\n");
        var market = Path.Combine(dir, "m.json");
        await File.WriteAllTextAsync(market, """{ "name": "Prices only", "price": { "file": "p.csv" } }""");
        var scenario = Path.Combine(RepoRoot.Path, "docs", "examples", "demo-risk.json");

        var run = await CliRun.RunAsync("risk", "run", "--scenario", scenario, "--market", market, "--paths", "4096");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Starting regime: the scenario's own (market-cycle monitor: Prices only, ", run.Err, StringComparison.Ordinal);
        Assert.Contains("cannot tell from its data).", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Redev.Cycle.CycleVerdict.Downturn, Redev.Risk.MarketRegime.Downturn)]
    [InlineData(Redev.Cycle.CycleVerdict.Bottoming, Redev.Risk.MarketRegime.Stabilising)]
    [InlineData(Redev.Cycle.CycleVerdict.Stabilising, Redev.Risk.MarketRegime.Stabilising)]
    [InlineData(Redev.Cycle.CycleVerdict.Expanding, Redev.Risk.MarketRegime.Expansion)]
    public void Each_verdict_maps_to_the_documented_regime(Redev.Cycle.CycleVerdict verdict, Redev.Risk.MarketRegime regime) =>
        Assert.Equal(regime, Redev.Risk.MarketRegimes.FromVerdict(verdict));
}
