using CsCheck;
using Redev.Ledger;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

/// <summary>
/// Random interleavings of every kind of request, against a real store: whatever is accepted or
/// refused, units are conserved, no holder goes below zero, and replaying any request changes nothing.
/// Half the runs let the stored balances lag the journal; another store opened on the same database
/// must then rebuild exactly the same balances from the entries.
/// </summary>
public class LedgerProperties
{
    private static readonly string[] Holders = ["A", "B", "C", "D"];

    private enum Op { Issue, Transfer, Batch, Pending, Post, Void, Pledge, Release, Redeem, Replay }

    private sealed record Step(Op Op, int From, int To, long Amount, int Pick, bool Expire);

    private static readonly Gen<Step> Steps =
        from op in Gen.Enum<Op>()
        from from_ in Gen.Int[0, 3]
        from to in Gen.Int[0, 3]
        from amount in Gen.Long[-2, 60]
        from pick in Gen.Int[0, 1000]
        from expire in Gen.Bool
        select new Step(op, from_, to, amount, pick, expire);

    [Fact]
    public void Random_interleavings_keep_every_invariant()
    {
        Gen.Select(Steps.Array[1, 40], Gen.Bool).Sample((steps, lag) => Task.Run(() => RunAsync(steps, lag)).GetAwaiter().GetResult(), iter: 25, threads: 1);
    }

    private static async Task RunAsync(Step[] steps, bool lag)
    {
        var balanceWrites = lag ? new BalanceWrites(DeferFrom: 1, MaxLag: TimeSpan.MaxValue, Idle: Timeout.InfiniteTimeSpan) : BalanceWrites.EveryCommit;
        await using var f = await CreateAsync(StoreKind.Sqlite, balanceWrites: balanceWrites, funded: ("A", 50));
        var sent = new List<TransferRequest[]>();
        var pendings = new List<TransferRequest>();
        AccountRef U(int i) => Units(Holders[i]);
        var pledged = new AccountRef("A", Asset.Units, "Bank");
        foreach (var s in steps)
        {
            TransferRequest[] batch = s.Op switch
            {
                Op.Issue => [f.Transfer(AccountRef.Issuance, U(s.To), s.Amount, TransferCode.Issue)],
                Op.Transfer => [f.Transfer(U(s.From), U(s.To), s.Amount)],
                Op.Batch => [f.Transfer(U(s.From), U(s.To), s.Amount), f.Transfer(U(s.To), U(s.From), s.Amount / 2 + 1, TransferCode.Trade)],
                Op.Pending => [f.Transfer(U(s.From), U(s.To), s.Amount) with { Kind = EntryKind.Pending, Expires = f.Time.Now.AddMinutes(s.Expire ? 1 : 60) }],
                Op.Post or Op.Void when pendings.Count > 0 => [Resolve(pendings[s.Pick % pendings.Count], s.Op == Op.Post ? EntryKind.PostPending : EntryKind.VoidPending)],
                Op.Pledge => [f.Transfer(Units("A"), pledged, s.Amount, TransferCode.Pledge)],
                Op.Release => [f.Transfer(pledged, Units("A"), s.Amount, TransferCode.Release) with { AuthorizedBy = s.Expire ? "Bank" : "A" }],
                Op.Redeem => [f.Transfer(U(s.From), AccountRef.Redemption, s.Amount, TransferCode.Redeem)],
                Op.Replay when sent.Count > 0 => sent[s.Pick % sent.Count],
                _ => [],
            };
            if (batch.Length == 0)
            {
                continue;
            }
            if (s.Op == Op.Replay)
            {
                var before = await Snapshot.TakeAsync(f.Store.Database);
                var replay = await f.Store.Ledger.SubmitAsync(batch);
                Assert.Equal(before, await Snapshot.TakeAsync(f.Store.Database));
                Assert.True(replay.Succeeded && replay.Results!.All(r => r.Replayed));
                continue;
            }
            var outcome = await f.Store.Ledger.SubmitAsync(batch);
            if (outcome.Succeeded)
            {
                sent.Add(batch);
                if (batch[0].Kind == EntryKind.Pending)
                {
                    pendings.Add(batch[0]);
                }
            }
            f.Time.Now = f.Time.Now.AddSeconds(20);
            await CheckInvariantsAsync(f);
        }
        Assert.True((await LedgerVerifier.VerifyAsync(f.Store.Database)).Ok);
        await using var other = await RedevStore.OpenAsync(f.Location, new StoreOptions(f.Time));
        Assert.Equal(await f.Store.Ledger.BalancesAsync(SchemeUnderTest), await other.Ledger.BalancesAsync(SchemeUnderTest));
    }

    private static TransferRequest Resolve(TransferRequest pending, EntryKind kind) =>
        pending with { Id = Guid.NewGuid(), Kind = kind, PendingId = pending.Id, Expires = null };

    private static async Task CheckInvariantsAsync(LedgerFixture f)
    {
        var balances = await f.Store.Ledger.BalancesAsync(SchemeUnderTest);
        var units = balances.Where(b => b.Account.Asset == Asset.Units).ToArray();
        // Double entry: every unit out of one account is in another, so all units accounts sum to zero;
        // units outstanding (held by anyone) therefore equal what issuance gave out less what was redeemed.
        Assert.Equal(0, units.Sum(b => b.Balance.Balance));
        Assert.Equal(units.Sum(b => b.Balance.PendingDebits), units.Sum(b => b.Balance.PendingCredits));
        foreach (var (account, balance) in balances.Where(b => !SystemAccounts.MayGoNegative(b.Account)))
        {
            Assert.True(balance.Balance >= 0 && balance.Available >= 0, $"{account} went below zero: {balance}");
        }
    }
}
