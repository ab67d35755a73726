using System.Globalization;
using System.Text.Json;

namespace Redev.Cli.Tests;

public class CycleCommandTests
{
    private static string Root => RepoRoot.Path;

    private static string UsMarket => Path.Combine(Root, "data", "markets", "united-states.json");

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cycle-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Signals_json_has_the_documented_shape()
    {
        var run = await CliRun.RunAsync("cycle", "signals", "--market", UsMarket, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(["market", "asOf", "turningPoints", "episodes", "monthly", "current", "notes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["volume", "inventory", "price", "corePrices", "growth"], root.GetProperty("turningPoints").EnumerateObject().Select(p => p.Name));
        var point = root.GetProperty("turningPoints").GetProperty("price")[0];
        Assert.Equal(["type", "month", "confirmedMonth"], point.EnumerateObject().Select(p => p.Name));
        Assert.Contains(point.GetProperty("type").GetString(), new[] { "peak", "trough" });
        Assert.Equal(["volumeTrough", "inventoryPeak", "priceTrough", "orderHeld", "yieldGapBpAtPriceTrough", "coreLeadMonths", "growthImproving"],
            root.GetProperty("episodes")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["month", "stage", "yieldGapBp", "moneyEasy", "growthImproving", "coreFirst", "verdict"],
            root.GetProperty("monthly")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["stage", "verdict", "missing", "stale"], root.GetProperty("current").EnumerateObject().Select(p => p.Name));
        Assert.Contains(root.GetProperty("current").GetProperty("verdict").GetString(), new[] { "downturn", "bottoming", "stabilising", "expanding", "cannot tell" });
        // The shipped GS10 file ends in 2023-11: the current reading names it rather than dropping the spread silently.
        var stale = root.GetProperty("current").GetProperty("stale").EnumerateArray().Single(s => s.GetProperty("series").GetString() == "yield10y");
        Assert.Equal("2023-11", stale.GetProperty("lastMonth").GetString());
    }

    [Theory]
    [InlineData("2009-03")]
    [InlineData("2010-08")]
    [InlineData("2011-12")]
    [InlineData("2013-01")]
    [InlineData("2014-06")]
    public async Task As_of_a_month_the_result_equals_that_of_files_cut_at_that_month(string asOf)
    {
        // Cut every shipped US file to the rows published by the as-of month (period end plus the
        // market file's publication lag), then compare the two runs' JSON whole.
        var dir = TempDir();
        var cut = DateOnly.ParseExact(asOf + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var market = File.ReadAllText(UsMarket);
        using var spec = JsonDocument.Parse(market);
        foreach (var role in spec.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var file = role.Value.GetProperty("file").GetString()!;
            var lag = role.Value.TryGetProperty("publicationLagMonths", out var l) ? l.GetInt32() : 0;
            var lines = File.ReadAllLines(Path.Combine(Root, "data", "markets", file));
            var quarterly = file.Contains("quarterly", StringComparison.Ordinal);
            var kept = lines.Skip(1).Where(line =>
            {
                var date = DateOnly.ParseExact(line[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return date.AddMonths((quarterly ? 2 : 0) + lag) <= cut;
            });
            File.WriteAllLines(Path.Combine(dir, file), lines.Take(1).Concat(kept));
        }
        File.WriteAllText(Path.Combine(dir, "united-states.json"), market);

        var full = await CliRun.RunAsync("cycle", "signals", "--market", UsMarket, "--as-of", asOf, "--json");
        var truncated = await CliRun.RunAsync("cycle", "signals", "--market", Path.Combine(dir, "united-states.json"), "--as-of", asOf, "--json");

        Assert.Equal(0, full.ExitCode);
        Assert.Equal(truncated.Out, full.Out);
        using var doc = JsonDocument.Parse(full.Out);
        Assert.Equal(asOf, doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(asOf, doc.RootElement.GetProperty("monthly").EnumerateArray().Last().GetProperty("month").GetString());
    }

    [Fact]
    public async Task A_bad_series_file_prints_its_file_and_line_and_nothing_else()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "p.csv"), "date,value\n2010-01-01,1\n2010-02-01,1\n2010-02-01,2\n2010-04-01,x\n");
        File.WriteAllText(Path.Combine(dir, "m.json"), """{ "name": "Bad", "price": { "file": "p.csv" } }""");

        var run = await CliRun.RunAsync("cycle", "signals", "--market", Path.Combine(dir, "m.json"), "--json");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Out);
        var p = Path.Combine(dir, "p.csv");
        Assert.Contains($"{p}:4: date: duplicate date (first on line 3)", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{p}:5: value: not a number (got \"x\")", run.Err, StringComparison.Ordinal);
        Assert.Contains("2 problems found; nothing was evaluated.", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_as_of_month_is_refused()
    {
        var run = await CliRun.RunAsync("cycle", "signals", "--market", UsMarket, "--as-of", "2012-13");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--as-of: \"2012-13\" is not a month; use YYYY-MM.", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signals_without_json_prints_the_current_verdict_and_what_is_missing()
    {
        var run = await CliRun.RunAsync("cycle", "signals", "--market", Path.Combine(Root, "data", "markets", "hong-kong.json"), "--as-of", "2009-06");

        Assert.Equal(0, run.ExitCode);
        // Hong Kong's Land Registry volumes begin in 2015: in 2009 rule 1, and so the verdict, cannot be told.
        Assert.Contains("2009-06: stage cannot tell, verdict cannot tell.", run.Out, StringComparison.Ordinal);
        Assert.Contains("missing: not evaluable: no volume series", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_writes_png_and_svg_for_each_panel()
    {
        var dir = TempDir();

        var run = await CliRun.RunAsync("cycle", "chart", "--market", UsMarket, "--out", dir);

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "volume", "inventory", "prices", "spread" })
        {
            var png = File.ReadAllBytes(Path.Combine(dir, name + ".png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, name + ".svg")), StringComparison.Ordinal);
        }
        Assert.False(File.Exists(Path.Combine(dir, "growth.png")));
    }
}
