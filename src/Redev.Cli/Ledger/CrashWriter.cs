using System.CommandLine;
using System.Globalization;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.Cli.Ledger;

/// <summary>
/// A hidden command for the crash test: writes linked batches of five transfers from eight
/// concurrent clients until it is killed, appending each batch's id to an acknowledgement file only
/// after the ledger has answered. The test kills it with SIGKILL and checks what survived.
/// </summary>
public static class CrashWriter
{
    public const int BatchSize = 5;
    public const int Holders = 20;

    public static Command Build(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var acks = new Option<string>("--acks") { Description = "File that receives one acknowledged batch id per line.", Required = true };
        var setup = new Option<bool>("--setup") { Description = "Create and fund the scheme, then exit." };
        var c = new Command("crash-writer", "Write batches until killed (used by the crash tests).") { Hidden = true };
        foreach (var o in new Option[] { scheme, acks, setup, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(scheme);
            // Balances lag from the first request and are written every few tens of milliseconds, so
            // kills land while they lag, while they are being written and in between.
            var lagging = new BalanceWrites(DeferFrom: 1, MaxLag: TimeSpan.FromMilliseconds(50), Idle: TimeSpan.FromMilliseconds(20));
            await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(parse.GetValue(db)), new StoreOptions(BalanceWrites: lagging), ct);
            if (parse.GetValue(setup))
            {
                var s = Scheme.Restore(id, "crash test", new LotFacts(1960), io.Now, SchemeState.Vested, 0, null, null, null, [], [], []);
                await store.Schemes.CreateAsync(s, ct);
                var holders = Enumerable.Range(0, Holders).Select(Holder).ToArray();
                await store.Ledger.OpenAccountsAsync(id, SystemAccounts.All.Concat(holders), ct);
                await store.Ledger.SubmitAsync(holders.Select(h => new TransferRequest(Guid.NewGuid(), id, AccountRef.Issuance, h, 1_000_000, TransferCode.Issue)).ToArray(), ct);
                return ExitCodes.Ok;
            }
            await using var ackFile = new StreamWriter(parse.GetValue(acks)!, append: true) { AutoFlush = true };
            var gate = new SemaphoreSlim(1);
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async client =>
            {
                var random = new Random();
                while (!ct.IsCancellationRequested)
                {
                    var batch = Guid.NewGuid();
                    var transfers = Enumerable.Range(0, BatchSize).Select(k =>
                    {
                        var from = random.Next(Holders);
                        return new TransferRequest(Guid.NewGuid(), id, Holder(from), Holder((from + 1 + random.Next(Holders - 1)) % Holders),
                            1 + random.Next(3), TransferCode.Trade, Metadata: $"batch:{batch:N}");
                    }).ToArray();
                    var outcome = await store.Ledger.SubmitAsync(transfers, ct);
                    if (outcome.Succeeded)
                    {
                        await gate.WaitAsync(ct);
                        try
                        {
                            await ackFile.WriteLineAsync(batch.ToString("N"));
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }
                }
            }));
            return ExitCodes.Ok;
        });
        return c;
    }

    public static AccountRef Holder(int i) => new(string.Create(CultureInfo.InvariantCulture, $"h{i:00}"), Asset.Units);
}
