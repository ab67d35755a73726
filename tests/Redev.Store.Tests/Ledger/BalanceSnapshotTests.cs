using Dapper;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

/// <summary>
/// Stored balances are a snapshot of the journal as of one entry per scheme, which a busy writer
/// lets lag: whoever loads the ledger replays the entries after it, and verify checks the snapshot
/// against the entries it stands for.
/// </summary>
public class BalanceSnapshotTests
{
    /// <summary>Every commit with a transfer leaves the balances for later, and nothing writes them but closing.</summary>
    private static readonly BalanceWrites AlwaysLag = new(DeferFrom: 1, MaxLag: TimeSpan.MaxValue, Idle: Timeout.InfiniteTimeSpan);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Balances_left_to_lag_are_replayed_from_the_entries_by_another_store_on_the_same_database(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, balanceWrites: AlwaysLag, funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));
        Assert.Equal(0, await StoredBalanceAsync(f.Store.Database, "A"));

        await using var other = await RedevStore.OpenAsync(f.Location);
        await AssertServesAndVerifiesAsync(other, ("A", 70), ("B", 30));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_store_that_loaded_lagging_balances_brings_them_up_to_date_with_its_next_commit(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, balanceWrites: AlwaysLag, funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));

        await using var other = await RedevStore.OpenAsync(f.Location, new StoreOptions(BalanceWrites: BalanceWrites.EveryCommit));
        await other.Ledger.SubmitOneAsync(f.Transfer(Units("B"), Units("C"), 1));

        // A and B were only in the first store's lagging entries; the second store's commit wrote them too.
        Assert.Equal(70, await StoredBalanceAsync(f.Store.Database, "A"));
        Assert.Equal(29, await StoredBalanceAsync(f.Store.Database, "B"));
        Assert.Equal(1, await StoredBalanceAsync(f.Store.Database, "C"));
        Assert.True((await LedgerVerifier.VerifyAsync(other.Database)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_store_closed_cleanly_leaves_its_balances_current(StoreKind kind)
    {
        StoreLocation location;
        await using (var f = await CreateAsync(kind, balanceWrites: AlwaysLag, funded: ("A", 100)))
        {
            await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));
            location = f.Location;
        }
        await using var db = new Database(location);
        Assert.Equal(70, await StoredBalanceAsync(db, "A"));
        Assert.Equal(30, await StoredBalanceAsync(db, "B"));
        await using var conn = await db.OpenAsync();
        Assert.Equal(2L, await conn.ExecuteScalarAsync<long>("SELECT seq FROM ledger_balances_as_of WHERE scheme_id = 'ledger-test'"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Lagging_balances_are_written_once_the_writer_falls_quiet(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, balanceWrites: new BalanceWrites(1, TimeSpan.MaxValue, TimeSpan.FromMilliseconds(20)), funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));

        // Written by the writer on its own after 20 ms of quiet: wait for it, without a deadline on how fast.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await StoredBalanceAsync(f.Store.Database, "B") != 30)
        {
            await Task.Delay(10, patience.Token);
        }
        Assert.Equal(70, await StoredBalanceAsync(f.Store.Database, "A"));
        Assert.True((await LedgerVerifier.VerifyAsync(f.Store.Database)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_lagging_balance_edited_in_the_database_is_caught_by_verify(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, balanceWrites: AlwaysLag, funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));
        var report = await f.TamperAndVerifyAsync("UPDATE ledger_accounts SET snapshot_balance = 70 WHERE holder = 'A' AND asset = 'units' AND pledged_to = ''");
        Assert.Contains(report.Problems, p => p.Contains("account A/units: stored balance 70", StringComparison.Ordinal)
                                              && p.Contains("it stands before any entry", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_snapshot_point_past_the_end_of_the_journal_is_caught_by_verify(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var report = await f.TamperAndVerifyAsync("UPDATE ledger_balances_as_of SET seq = 99 WHERE scheme_id = 'ledger-test'");
        Assert.Contains($"scheme {SchemeUnderTest}: stored balances claim to stand as of entry #99, but the journal ends at entry #1 (entries were removed)", report.Problems);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Closing_a_store_while_balances_lag_writes_balances_and_nothing_else(StoreKind kind)
    {
        // A refused request and one that would have let it pass, sent together: closing must not try them again.
        StoreLocation location;
        var outcomes = new List<BatchOutcome>();
        await using (var f = await CreateAsync(kind, balanceWrites: AlwaysLag, funded: [("A", 5), ("C", 10)]))
        {
            var first = f.Store.Ledger.SubmitAsync([f.Transfer(Units("A"), Units("B"), 10)]);
            var second = f.Store.Ledger.SubmitAsync([f.Transfer(Units("C"), Units("A"), 10)]);
            outcomes.AddRange(await Task.WhenAll(first, second));
            location = f.Location;
        }
        await using var db = new Database(location);
        var report = await LedgerVerifier.VerifyAsync(db);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(2 + outcomes.Count(o => o.Succeeded), report.Entries);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Writing_lagging_balances_alone_leaves_the_ledger_version_as_it_was(StoreKind kind)
    {
        // Other processes compare versions to know whether to reload the whole journal: a balance write changes nothing they hold.
        await using var f = await CreateAsync(kind, balanceWrites: new BalanceWrites(1, TimeSpan.MaxValue, TimeSpan.FromMilliseconds(20)), funded: ("A", 100));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));
        var version = await VersionAsync(f.Store.Database);

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await StoredBalanceAsync(f.Store.Database, "B") != 30)
        {
            await Task.Delay(10, patience.Token);
        }
        Assert.Equal(version, await VersionAsync(f.Store.Database));
    }

    [Fact]
    public void An_idle_wait_too_long_for_a_timer_is_refused_when_the_settings_are_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BalanceWrites(8, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30)));
    }

    private static async Task<long> VersionAsync(Database db)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<long>("SELECT version FROM ledger_meta WHERE id = 1");
    }

    private static async Task<long> StoredBalanceAsync(Database db, string holder)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<long>("SELECT snapshot_balance FROM ledger_accounts WHERE scheme_id = 'ledger-test' AND holder = @holder AND asset = 'units' AND pledged_to = ''", new { holder });
    }
}
