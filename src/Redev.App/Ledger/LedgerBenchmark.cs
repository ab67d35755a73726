using System.Diagnostics;
using System.Globalization;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.App.Ledger;

/// <summary>
/// Durable random transfers from concurrent clients through the ledger's real write path, then a full
/// verification (<c>redev ledger bench</c>). It measures the store's writer itself, on a store of its own,
/// so it is no user's act and goes through no use case; it lives here so the command line never opens a store.
/// </summary>
public static class LedgerBenchmark
{
    public static async Task<LedgerBenchmarkResult> RunAsync(StoreLocation location, LedgerWorkload w, bool noBatching, Action<string> say, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(say);
        await using var store = await RedevStore.OpenAsync(location, new StoreOptions(MaxOpsPerCommit: noBatching ? 1 : 4096), ct);
        var scheme = await CreateFundedSchemeAsync(store, w.Accounts, now, ct);
        say($"bench: {w.Transfers} transfers, {w.Clients} clients, {w.Accounts} accounts, {(noBatching ? "one transaction per transfer" : "group commit")}, {location}");
        if (w.Warmup > 0)
        {
            // A fresh process runs its first thousands of calls through unoptimised code; the figure is for the path as it runs all day.
            say($"bench: {w.Warmup} warm-up transfers first, not timed");
            await TransferAsync(store, scheme, w with { Transfers = w.Warmup }, new long[w.Warmup], ct);
        }

        var commitsBefore = store.Ledger.Commits;
        var latencies = new long[w.Transfers];
        var sw = Stopwatch.StartNew();
        await TransferAsync(store, scheme, w, latencies, ct);
        var seconds = sw.Elapsed.TotalSeconds;
        var commits = store.Ledger.Commits - commitsBefore;
        say(string.Create(CultureInfo.InvariantCulture, $"bench: {commits} commits, {w.Transfers / (double)Math.Max(1, commits):0.0} transfers per commit"));

        var report = await LedgerVerifier.VerifyAsync(store.Database, ct);
        Array.Sort(latencies);
        var p99 = latencies[(int)Math.Min(w.Transfers - 1, Math.Ceiling(w.Transfers * 0.99) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LedgerBenchmarkResult(w.Transfers / seconds, p99, commits, report);
    }

    /// <summary>Random one-unit transfers from concurrent clients, each waiting for its acknowledgement; every latency recorded.</summary>
    private static async Task TransferAsync(RedevStore store, SchemeId scheme, LedgerWorkload w, long[] latencies, CancellationToken ct)
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
    private static async Task<SchemeId> CreateFundedSchemeAsync(RedevStore store, int accounts, DateTimeOffset now, CancellationToken ct)
    {
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
