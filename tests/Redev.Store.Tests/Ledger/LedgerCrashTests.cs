using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Dapper;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;

namespace Redev.Store.Tests.Ledger;

/// <summary>
/// A real writer process (the test-support program tests/Redev.CrashWriter) writing linked batches
/// is killed with SIGKILL at random moments; after every kill, every batch it acknowledged is in the
/// ledger whole, no batch is there in part, and the chain verifies.
/// </summary>
public class LedgerCrashTests
{
    private const int Kills = 20;
    private const int BatchSize = 5;

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Acknowledged_batches_survive_sigkill_whole_and_nothing_is_half_written(StoreKind kind)
    {
        var location = await TestStores.FreshAsync(kind);
        var acks = Path.Combine(Path.GetTempPath(), $"acks-{Guid.NewGuid():N}.txt");
        Assert.Equal(0, await RunToEndAsync("--setup", location, acks));
        var random = new Random(545);
        var killedWhileWriting = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var ackedBefore = AckBytes(acks);
            using var writer = Start(location, acks);
            try
            {
                // Let it get going (past start-up), then kill it at a random moment of its writing.
                var deadline = Stopwatch.StartNew();
                while (AckBytes(acks) == ackedBefore && deadline.Elapsed < TimeSpan.FromSeconds(20) && !writer.HasExited)
                {
                    await Task.Delay(10);
                }
                await Task.Delay(random.Next(0, 150));
                if (writer.HasExited)
                {
                    Assert.Fail($"the writer exited by itself: {await writer.StandardError.ReadToEndAsync()}");
                }
            }
            finally
            {
                writer.Kill(entireProcessTree: true);
                await writer.WaitForExitAsync();
            }
            killedWhileWriting++;

            await CheckAsync(location, acks);
        }
        Assert.Equal(Kills, killedWhileWriting);
        Assert.True(File.ReadAllLines(acks).Length > Kills, "too few batches were acknowledged for the test to mean anything");
    }

    private static long AckBytes(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static async Task CheckAsync(StoreLocation location, string acks)
    {
        await using var store = await RedevStore.OpenAsync(location);
        await using var conn = await store.Database.OpenAsync();
        var counts = (await conn.QueryAsync<(string Metadata, long Count)>(
                "SELECT metadata, count(*) FROM ledger_entries WHERE metadata LIKE 'batch:%' GROUP BY metadata"))
            .ToDictionary(x => x.Metadata, x => x.Count);
        Assert.All(counts, c => Assert.Equal(BatchSize, c.Value));
        foreach (var id in File.ReadAllLines(acks))
        {
            Assert.True(counts.TryGetValue($"batch:{id}", out var n) && n == BatchSize, $"acknowledged batch {id} is missing");
        }
        var report = await LedgerVerifier.VerifyAsync(store.Database);
        Assert.True(report.Ok, string.Join("\n", report.Problems));

        // The writer lets stored balances lag; the balances a reopened store serves are the journal's
        // sum, whatever moment the kill came at (every crash-writer transfer is a posted units move).
        var summed = (await conn.QueryAsync<(string Holder, long Balance)>(
                "SELECT holder, sum(delta) FROM (" +
                "SELECT credit_holder AS holder, amount AS delta FROM ledger_entries WHERE scheme_id = 'crash' " +
                "UNION ALL SELECT debit_holder, -amount FROM ledger_entries WHERE scheme_id = 'crash') moves GROUP BY holder"))
            .ToDictionary(x => x.Holder, x => x.Balance);
        var served = await store.Ledger.BalancesAsync(Redev.Schemes.SchemeId.Parse("crash"));
        Assert.All(served, b => Assert.Equal(summed.GetValueOrDefault(b.Account.Holder), b.Balance.Balance));
    }

    private static Process Start(StoreLocation location, string acks, string extra = "")
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in new[] { WriterPath, "--scheme", "crash", "--acks", acks, "--db", location.Target, "--batch-size", BatchSize.ToString(CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(a);
        }
        if (extra.Length > 0)
        {
            psi.ArgumentList.Add(extra);
        }
        return Process.Start(psi)!;
    }

    /// <summary>The writer program as built with this project (the build passes its path; see the project file).</summary>
    private static string WriterPath
    {
        get
        {
            var path = typeof(LedgerCrashTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWriter").Value!;
            return File.Exists(path) ? path : throw new FileNotFoundException($"The crash writer is not built at {path}: build tests/Redev.CrashWriter (building this project does).", path);
        }
    }

    private static async Task<int> RunToEndAsync(string extra, StoreLocation location, string acks)
    {
        using var p = Start(location, acks, extra);
        await p.WaitForExitAsync();
        return p.ExitCode;
    }
}
