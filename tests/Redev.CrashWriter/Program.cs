using System.Globalization;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

// The writer the ledger's crash test kills (tests/Redev.Store.Tests/Ledger/LedgerCrashTests.cs):
// it writes linked batches of --batch-size transfers from eight concurrent clients until it is
// killed, appending each batch's id to the --acks file only after the ledger has answered. With
// --setup it creates and funds the scheme instead, then exits.
//
//   Redev.CrashWriter --db DB --scheme ID --acks FILE --batch-size N [--setup]

const int Holders = 20;

string? db = null, scheme = null, acks = null;
int? batchSize = null;
var setup = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--setup":
            setup = true;
            break;
        case "--db" when i + 1 < args.Length:
            db = args[++i];
            break;
        case "--scheme" when i + 1 < args.Length:
            scheme = args[++i];
            break;
        case "--acks" when i + 1 < args.Length:
            acks = args[++i];
            break;
        case "--batch-size" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
            batchSize = n;
            i++;
            break;
        default:
            await Console.Error.WriteLineAsync($"argument {i + 1}: unknown or incomplete option (got \"{args[i]}\")");
            return 2;
    }
}
if (db is null || scheme is null || acks is null || batchSize is not { } size)
{
    await Console.Error.WriteLineAsync("usage: Redev.CrashWriter --db DB --scheme ID --acks FILE --batch-size N [--setup]");
    return 2;
}

var id = SchemeId.Parse(scheme);
// Balances lag from the first request and are written every few tens of milliseconds, so kills
// land while they lag, while they are being written and in between.
var lagging = new BalanceWrites(DeferFrom: 1, MaxLag: TimeSpan.FromMilliseconds(50), Idle: TimeSpan.FromMilliseconds(20));
await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db), new StoreOptions(BalanceWrites: lagging));
if (setup)
{
    var s = Scheme.Restore(id, "crash test", new LotFacts(1960), DateTimeOffset.UtcNow, SchemeState.Vested, 0, null, null, null, [], [], []);
    await store.Schemes.CreateAsync(s);
    var holders = Enumerable.Range(0, Holders).Select(Holder).ToArray();
    await store.Ledger.OpenAccountsAsync(id, SystemAccounts.All.Concat(holders));
    await store.Ledger.SubmitAsync(holders.Select(h => new TransferRequest(Guid.NewGuid(), id, AccountRef.Issuance, h, 1_000_000, TransferCode.Issue)).ToArray());
    return 0;
}

await using var ackFile = new StreamWriter(acks, append: true) { AutoFlush = true };
var gate = new SemaphoreSlim(1);
await Task.WhenAll(Enumerable.Range(0, 8).Select(async client =>
{
    var random = new Random();
    while (true)
    {
        var batch = Guid.NewGuid();
        var transfers = Enumerable.Range(0, size).Select(k =>
        {
            var from = random.Next(Holders);
            return new TransferRequest(Guid.NewGuid(), id, Holder(from), Holder((from + 1 + random.Next(Holders - 1)) % Holders),
                1 + random.Next(3), TransferCode.Trade, Metadata: $"batch:{batch:N}");
        }).ToArray();
        var outcome = await store.Ledger.SubmitAsync(transfers);
        if (outcome.Succeeded)
        {
            await gate.WaitAsync();
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
return 0;

static AccountRef Holder(int i) => new(string.Create(CultureInfo.InvariantCulture, $"h{i:00}"), Asset.Units);
