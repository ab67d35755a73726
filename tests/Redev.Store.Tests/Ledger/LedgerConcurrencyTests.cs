using Dapper;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

public class LedgerConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Many_tasks_spending_the_same_few_accounts_never_double_spend(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 300), ("B", 300), ("C", 300)]);
        var holders = new[] { "A", "B", "C", "D" };
        var accepted = 0L;
        await Parallel.ForAsync(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (task, ct) =>
        {
            var random = new Random(task);
            for (var i = 0; i < 25; i++)
            {
                var from = random.Next(4);
                var to = (from + 1 + random.Next(3)) % 4;
                var outcome = await f.Store.Ledger.SubmitAsync([f.Transfer(Units(holders[from]), Units(holders[to]), 1 + random.Next(40))], ct);
                if (outcome.Succeeded)
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Assert.Equal("insufficient", outcome.Refusal!.Code);
                }
            }
        });

        var balances = await f.Store.Ledger.BalancesAsync(SchemeUnderTest);
        Assert.All(balances.Where(b => !b.Account.IsSystem), b => Assert.True(b.Balance.Balance >= 0, b.ToString()));
        Assert.Equal(900, balances.Where(b => !b.Account.IsSystem).Sum(b => b.Balance.Balance));
        Assert.True(accepted > 100, $"only {accepted} transfers were accepted");
        var report = await LedgerVerifier.VerifyAsync(f.Store.Database);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(3 + accepted, report.Entries); // three funding entries, then one per accepted transfer
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Concurrent_transfers_in_two_schemes_are_each_held_to_their_own_schemes_state(StoreKind kind)
    {
        // Requests join a commit while it is open; a late one may name a scheme the commit has not read yet.
        await using var f = await CreateAsync(kind, funded: ("A", 1000));
        var lapsed = SchemeId.Parse("lapsed-scheme");
        await f.Store.Schemes.CreateAsync(Scheme.Restore(lapsed, "lapsed", new LotFacts(1960), Start, SchemeState.Lapsed, 0, null, null, null, [], [], []));
        await f.Store.Ledger.OpenAccountsAsync(lapsed, [Units("A"), Units("B")]);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(bool Lapsed, BatchOutcome Outcome)>();
        await Parallel.ForAsync(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (task, ct) =>
        {
            for (var i = 0; i < 10; i++)
            {
                var inLapsed = (task + i) % 2 == 0;
                var request = f.Transfer(Units("A"), Units("B"), 1) with { Scheme = inLapsed ? lapsed : SchemeUnderTest };
                outcomes.Add((inLapsed, await f.Store.Ledger.SubmitAsync([request], ct)));
            }
        });

        Assert.All(outcomes.Where(o => o.Lapsed), o => Assert.Equal("scheme-state", o.Outcome.Refusal?.Code));
        Assert.All(outcomes.Where(o => !o.Lapsed), o => Assert.True(o.Outcome.Succeeded, o.Outcome.Refusal?.ToString()));
        Assert.Equal(160, await f.BalanceAsync(Units("B")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_transfer_after_another_process_lapses_the_scheme_is_refused_though_the_writer_last_saw_it_live(StoreKind kind)
    {
        // The writer validates early against the states it read last time; the state read under the commit's lock must win.
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 1));
        await using (var conn = await f.Store.Database.OpenAsync())
        {
            await conn.ExecuteAsync("UPDATE schemes SET state = 'Lapsed' WHERE scheme_id = @s", new { s = SchemeUnderTest.Value });
        }

        var outcome = await f.Store.Ledger.SubmitAsync([f.Transfer(Units("A"), Units("B"), 1)]);

        Assert.Equal("scheme-state", outcome.Refusal?.Code);
        Assert.Equal(1, await f.BalanceAsync(Units("B")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_pending_in_a_scheme_no_request_names_is_voided_when_it_falls_due_and_the_other_schemes_transfer_goes_through(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var other = SchemeId.Parse("other-scheme");
        await f.Store.Schemes.CreateAsync(Scheme.Restore(other, "other", new LotFacts(1960), Start, SchemeState.Vested, 0, null, null, null, [], [], []));
        await f.Store.Ledger.OpenAccountsAsync(other, [AccountRef.Issuance, Units("A"), Units("B")]);
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(AccountRef.Issuance, Units("A"), 50, TransferCode.Issue) with { Scheme = other });
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 20) with { Scheme = other, Kind = EntryKind.Pending, Expires = Start.AddMinutes(1) });

        // Another process loads the pending, writes in the first scheme only, and is still running when the pending falls due.
        await using var second = await RedevStore.OpenAsync(f.Location, new StoreOptions(f.Time));
        await second.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 1));
        f.Time.Now = Start.AddMinutes(2);
        var outcome = await second.Ledger.SubmitAsync([f.Transfer(Units("A"), Units("B"), 1)]);

        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        var a = (await second.Ledger.BalancesAsync(other)).Single(b => b.Account == Units("A")).Balance;
        Assert.Equal(new AccountBalance(50, 0, 0), a);
    }

    [Fact]
    public async Task Two_stores_on_one_file_see_each_others_writes()
    {
        await using var f = await CreateAsync(StoreKind.Sqlite, funded: ("A", 100));
        await using var second = await RedevStore.OpenAsync(f.Location);
        await second.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 60));
        var refused = await f.Store.Ledger.SubmitAsync([f.Transfer(Units("A"), Units("C"), 60)]);
        Assert.Equal("insufficient", refused.Refusal!.Code);
        Assert.Equal(60, await f.BalanceAsync(Units("B")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_store_that_has_read_once_still_sees_another_stores_later_writes(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        Assert.Equal(0, await f.BalanceAsync(Units("B")));
        await using var second = await RedevStore.OpenAsync(f.Location);

        await second.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 25));

        Assert.Equal(25, await f.BalanceAsync(Units("B")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_read_after_a_pending_transfer_expires_shows_it_voided(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var pending = f.Transfer(Units("A"), Units("B"), 40) with { Kind = EntryKind.Pending, Expires = Start.AddDays(1) };
        await f.Store.Ledger.SubmitOneAsync(pending);
        Assert.Equal(40, (await f.AccountAsync(Units("A"))).PendingDebits);

        f.Time.Now = Start.AddDays(1).AddSeconds(1);

        Assert.Equal(new AccountBalance(100, 0, 0), await f.AccountAsync(Units("A")));
    }
}
