using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

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
                return await RunAsync(io, location, store, new Workload(n, k, a, w), parse.GetValue(noBatching), ct);
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

    /// <summary>What one run does: timed transfers, concurrent clients, accounts to spread them over, untimed transfers first.</summary>
    private sealed record Workload(int Transfers, int Clients, int Accounts, int Warmup);

    private static async Task<int> RunAsync(CliIO io, StoreLocation location, string name, Workload w, bool noBatching, CancellationToken ct)
    {
        await using var store = await RedevStore.OpenAsync(location, new StoreOptions(MaxOpsPerCommit: noBatching ? 1 : 4096), ct);
        var scheme = await CreateFundedSchemeAsync(store, w.Accounts, io.Now, ct);
        io.Out.WriteLine($"bench: {w.Transfers} transfers, {w.Clients} clients, {w.Accounts} accounts, {(noBatching ? "one transaction per transfer" : "group commit")}, {location}");
        if (w.Warmup > 0)
        {
            // A fresh process runs its first thousands of calls through unoptimised code; the figure is for the path as it runs all day.
            io.Out.WriteLine($"bench: {w.Warmup} warm-up transfers first, not timed");
            await TransferAsync(store, scheme, w with { Transfers = w.Warmup }, new long[w.Warmup], ct);
        }

        var commitsBefore = store.Ledger.Commits;
        var latencies = new long[w.Transfers];
        var sw = Stopwatch.StartNew();
        await TransferAsync(store, scheme, w, latencies, ct);
        var seconds = sw.Elapsed.TotalSeconds;
        var commits = store.Ledger.Commits - commitsBefore;
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: {commits} commits, {w.Transfers / (double)Math.Max(1, commits):0.0} transfers per commit"));

        var report = await LedgerVerifier.VerifyAsync(store.Database, ct);
        io.Out.WriteLine(report.Ok ? $"bench: verify OK ({report.Entries} entries)" : $"bench: verify FAILED: {report.Problems[0]}");
        Array.Sort(latencies);
        var p99 = latencies[(int)Math.Min(w.Transfers - 1, Math.Ceiling(w.Transfers * 0.99) - 1)] * 1000.0 / Stopwatch.Frequency;
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger {name} transfers/s={w.Transfers / seconds:0} p99_ms={p99:0.00}"));
        return report.Ok ? ExitCodes.Ok : ExitCodes.Refused;
    }

    /// <summary>Random one-unit transfers from concurrent clients, each waiting for its acknowledgement; every latency recorded.</summary>
    private static async Task TransferAsync(RedevStore store, SchemeId scheme, Workload w, long[] latencies, CancellationToken ct)
    {
        var next = -1;
        var tasks = Enumerable.Range(0, w.Clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            int i;
            while ((i = Interlocked.Increment(ref next)) < w.Transfers)
            {
                var from = random.Next(w.Accounts);
                var to = (from + 1 + random.Next(w.Accounts - 1)) % w.Accounts;
                var request = new TransferRequest(Guid.NewGuid(), scheme, Holder(from), Holder(to), 1, TransferCode.Transfer);
                var t0 = Stopwatch.GetTimestamp();
                var outcome = await store.Ledger.SubmitAsync([request], ct);
                latencies[i] = Stopwatch.GetTimestamp() - t0;
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"bench transfer refused: {outcome.Refusal}");
                }
            }
        }, ct)).ToArray();
        await Task.WhenAll(tasks);
    }

    private static AccountRef Holder(int i) => new(string.Create(CultureInfo.InvariantCulture, $"holder-{i:00000}"), Asset.Units);

    /// <summary>A vested scheme with <paramref name="accounts"/> holders, each issued plenty of units.</summary>
    public static async Task<SchemeId> CreateFundedSchemeAsync(RedevStore store, int accounts, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var id = SchemeId.Parse($"bench-{Guid.NewGuid().ToString("N")[..8]}");
        var scheme = Scheme.Restore(id, "ledger benchmark", new LotFacts(1960), now, SchemeState.Vested, 0, null, null, null, [], [], []);
        await store.Schemes.CreateAsync(scheme, ct);
        var holders = Enumerable.Range(0, accounts).Select(Holder).ToArray();
        await store.Ledger.OpenAccountsAsync(id, SystemAccounts.All.Concat(holders), ct);
        foreach (var chunk in holders.Chunk(1000))
        {
            var outcome = await store.Ledger.SubmitAsync(chunk.Select(h =>
                new TransferRequest(Guid.NewGuid(), id, AccountRef.Issuance, h, 1_000_000_000, TransferCode.Issue)).ToArray(), ct);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"funding refused: {outcome.Refusal}");
            }
        }
        return id;
    }
}
