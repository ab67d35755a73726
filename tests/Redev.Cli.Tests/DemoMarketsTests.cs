using Redev.Cli.Demo;

namespace Redev.Cli.Tests;

/// <summary>Issue 14: the demo's market readings print no verdict the data cannot support, and say how old the figures are.</summary>
public class DemoMarketsTests
{
    private static async Task<string> PrintAsync(DateTimeOffset now)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIO(output, error, new FixedClock(now));
        await DemoMarkets.PrintAsync(io, CancellationToken.None);
        return output.ToString();
    }

    [Fact]
    public async Task A_market_without_sales_or_stock_figures_prints_no_stage_and_names_what_it_lacks()
    {
        var text = await PrintAsync(CliRun.DefaultNow);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var japan = lines.Single(l => l.StartsWith("Japan: ", StringComparison.Ordinal));
        Assert.EndsWith("(stage: cannot tell)", japan, StringComparison.Ordinal);
        Assert.Contains("  missing: not evaluable: no volume series", lines);
        // Hong Kong's months' supply comes from the same agreements as its volume: said, not hidden.
        Assert.Contains(lines, l => l.StartsWith("  note: months' supply is derived from the volume series", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  missing: stale: yield10y has no value after ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Old_figures_are_flagged_against_today()
    {
        var text = await PrintAsync(new DateTimeOffset(2030, 1, 15, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(3, text.Split('\n').Count(l => l.StartsWith("  warning: the latest figures are for ", StringComparison.Ordinal)));
        Assert.Contains("months before today (2030-01); this verdict may be out of date", text, StringComparison.Ordinal);
    }
}
