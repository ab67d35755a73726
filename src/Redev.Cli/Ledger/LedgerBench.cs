using System.CommandLine;
using System.Globalization;
using Redev.App.Ledger;
using Redev.Store;

namespace Redev.Cli.Ledger;

/// <summary>
/// <c>redev ledger bench</c>: durable random transfers from concurrent clients through the real
/// write path, then a full verification. The last line is the figure: transfers/s and p99 latency.
/// </summary>
public static class LedgerBench
{
    private static readonly string[] SqliteFiles = ["", "-wal", "-shm", ".notary-key.pem"];

    public static Command Build(CliIO io)
    {
        var kind = new Option<string>("--store") { Description = "sqlite or postgres.", Required = true };
        var db = new Option<string?>("--db") { Description = "SQLite file (default: a new temporary file) or PostgreSQL connection string (required for postgres)." };
        var transfers = new Option<int>("--transfers") { Description = "How many transfers to run.", DefaultValueFactory = _ => 100_000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients, each waiting for its acknowledgement.", DefaultValueFactory = _ => 64 };
        var accounts = new Option<int>("--accounts") { Description = "Holder accounts to spread transfers over.", DefaultValueFactory = _ => 1000 };
        var noBatching = new Option<bool>("--no-batching") { Description = "Write every transfer in its own transaction (for comparison)." };
        var warmup = new Option<int?>("--warmup")
        {
            Description = "Transfers run first and not timed (the same path, so the runtime has compiled it fully), then verified with the rest; " +
                          "default 100,000 (5,000 with --no-batching, which is that much slower).",
        };
        var c = new Command("bench", "Measure durable transfers per second through the ledger's real write path.");
        foreach (var o in new Option[] { kind, db, transfers, clients, accounts, noBatching, warmup })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            var store = parse.GetValue(kind);
            var target = parse.GetValue(db);
            if (store is not ("sqlite" or "postgres") || (store == "postgres" && target is null))
            {
                return io.Refuse(new Refusal("bad-options", "--store must be sqlite or postgres; postgres needs --db with a connection string."));
            }
            var (n, k, a) = (parse.GetValue(transfers), parse.GetValue(clients), parse.GetValue(accounts));
            var w = parse.GetValue(warmup) ?? (parse.GetValue(noBatching) ? 5_000 : 100_000);
            if (n < 1 || k < 1 || a < 2 || w < 0)
            {
                return io.Refuse(new Refusal("bad-options", "--transfers and --clients must be at least 1, --accounts at least 2, --warmup at least 0."));
            }
            var temp = target is null;
            var location = temp
                ? new StoreLocation(StoreKind.Sqlite, Path.Combine(Path.GetTempPath(), $"redev-bench-{Guid.NewGuid():N}.db"))
                : StoreLocation.Parse(target);
            try
            {
                return await RunAsync(io, location, store, new LedgerWorkload(n, k, a, w), parse.GetValue(noBatching), ct);
            }
            finally
            {
                if (temp)
                {
                    foreach (var suffix in SqliteFiles)
                    {
                        File.Delete(location.Target + suffix);
                    }
                }
            }
        });
        return c;
    }

    private static async Task<int> RunAsync(CliIO io, StoreLocation location, string name, LedgerWorkload w, bool noBatching, CancellationToken ct)
    {
        var result = await LedgerBenchmark.RunAsync(location, w, noBatching, io.Out.WriteLine, io.Now, ct);
        var report = result.Verification;
        io.Out.WriteLine(report.Ok ? $"bench: verify OK ({report.Entries} entries)" : $"bench: verify FAILED: {report.Problems[0]}");
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger {name} transfers/s={result.TransfersPerSecond:0} p99_ms={result.P99Milliseconds:0.00}"));
        return report.Ok ? ExitCodes.Ok : ExitCodes.Refused;
    }
}
