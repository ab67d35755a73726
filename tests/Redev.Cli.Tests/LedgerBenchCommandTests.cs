using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary><c>redev ledger bench</c>: a small run through the real write path, on both stores.</summary>
public partial class LedgerBenchCommandTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Bench_verifies_what_it_wrote_and_prints_its_figure_as_the_last_line(StoreKind kind)
    {
        var location = await TestStores.FreshAsync(kind);
        var store = kind == StoreKind.Sqlite ? "sqlite" : "postgres";

        var run = await CliRun.RunAsync("ledger", "bench", "--store", store, "--db", location.Target, "--transfers", "300", "--clients", "8", "--accounts", "20", "--warmup", "100");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains("bench: 100 warm-up transfers first, not timed", run.Out, StringComparison.Ordinal);
        // 20 issues fund the accounts, then the warm-up and the timed transfers: all of them verified.
        Assert.Contains("bench: verify OK (420 entries)", run.Out, StringComparison.Ordinal);
        Assert.Matches(FigureLine(), run.Out.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public async Task Bench_refuses_a_negative_warm_up()
    {
        var run = await CliRun.RunAsync("ledger", "bench", "--store", "sqlite", "--warmup", "-1");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--warmup at least 0", run.Err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^ledger (sqlite|postgres) transfers/s=[0-9]+ p99_ms=[0-9]+\.[0-9]{2}$")]
    private static partial Regex FigureLine();
}
