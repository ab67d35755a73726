using Dapper;
using Redev.Store.Tests.Support;

namespace Redev.Store.Tests;

/// <summary>Opening a store brings its schema up to date, and refuses one that a newer build has moved past.</summary>
public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_database_migrated_by_a_newer_build_is_refused_and_left_untouched(StoreKind kind)
    {
        var location = await TestStores.FreshAsync(kind);
        await (await RedevStore.OpenAsync(location)).DisposeAsync();
        var future = Migrations.All.Max(m => m.Version) + 1;
        await using (var db = new Database(location))
        await using (var conn = await db.OpenAsync())
        {
            await conn.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@future, 'from a newer build', '2027-01-01T00:00:00Z')", new { future });
        }
        string before;
        await using (var db = new Database(location))
        {
            before = await Snapshot.TakeAsync(db);
        }

        var refused = await Assert.ThrowsAsync<SchemaTooNewException>(() => RedevStore.OpenAsync(location));

        Assert.Contains($"has schema version {future} (from a newer Redev); this program knows versions up to {future - 1}", refused.Message, StringComparison.Ordinal);
        await using var after = new Database(location);
        Assert.Equal(before, await Snapshot.TakeAsync(after));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Balances_stored_before_they_became_a_snapshot_stand_as_of_each_schemes_last_entry(StoreKind kind)
    {
        // A database of the previous round (migrations 1-5) with a transfer in it, then migration 6.
        var location = await TestStores.FreshAsync(kind);
        await using (var db = new Database(location))
        {
            await Migrations.ApplyAsync(db, Migrations.All.Where(m => m.Version <= 5).ToArray());
            await using var conn = await db.OpenAsync();
            await conn.ExecuteAsync("INSERT INTO ledger_entries (scheme_id, seq, id, kind, code, asset, debit_holder, debit_pledged_to, credit_holder, credit_pledged_to, amount, " +
                                    "pending_id, expires_ticks, timestamp_ticks, authorized_by, metadata, prev_hash, hash) VALUES " +
                                    "('old-scheme', 1, 'x', 'Posted', 'Issue', 'units', '@issuance', '', 'A', '', 40, NULL, NULL, 0, '', '', '', ''), " +
                                    "('old-scheme', 2, 'y', 'Posted', 'Transfer', 'units', 'A', '', 'B', '', 15, NULL, NULL, 1, '', '', '', '')");
            await conn.ExecuteAsync("INSERT INTO ledger_accounts (scheme_id, holder, asset, pledged_to, balance, pending_debits, pending_credits) VALUES ('old-scheme', 'A', 'units', '', 25, 0, 0)");
        }

        await using var store = await RedevStore.OpenAsync(location);

        await using var after = await store.Database.OpenAsync();
        Assert.Equal(2L, await after.ExecuteScalarAsync<long>("SELECT seq FROM ledger_balances_as_of WHERE scheme_id = 'old-scheme'"));
        Assert.Equal(25L, await after.ExecuteScalarAsync<long>("SELECT snapshot_balance FROM ledger_accounts WHERE scheme_id = 'old-scheme' AND holder = 'A'"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_new_store_indexes_entries_by_pending_id_itself(StoreKind kind)
    {
        await using var store = await TestStores.OpenFreshAsync(kind);

        Assert.Equal(["ledger_entries_by_pending"], await PendingIndexesAsync(store.Database));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_database_that_ran_the_web_apps_pending_index_gets_the_stores_in_its_place(StoreKind kind)
    {
        // A database as the previous build's web app left it: the store's migrations 1-6, then the
        // web's 1002, which indexed every entry by pending id under its own name.
        var location = await TestStores.FreshAsync(kind);
        await using (var db = new Database(location))
        {
            await Migrations.ApplyAsync(db, Migrations.All.Where(m => m.Version <= 6).ToArray());
            await Migrations.ApplyAsync(db, [new(1002, "index ledger entries by pending id", "CREATE INDEX web_ledger_entries_pending ON ledger_entries (scheme_id, pending_id);")]);
            Assert.Equal(["web_ledger_entries_pending"], await PendingIndexesAsync(db));
        }

        await using var store = await RedevStore.OpenAsync(location);

        Assert.Equal(["ledger_entries_by_pending"], await PendingIndexesAsync(store.Database));
        await using var conn = await store.Database.OpenAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L, 1001L, 1002L, 1003L, 1101L], await conn.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    /// <summary>The indexes of the journal that cover its pending_id column, by name.</summary>
    private static async Task<string[]> PendingIndexesAsync(Database db)
    {
        await using var conn = await db.OpenAsync();
        var sql = db.Kind == StoreKind.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger_entries' AND sql LIKE '%pending_id)%' ORDER BY name"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'ledger_entries' AND indexdef LIKE '%pending_id)%' ORDER BY indexname";
        return [.. await conn.QueryAsync<string>(sql)];
    }
}
