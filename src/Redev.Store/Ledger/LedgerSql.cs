using System.Data.Common;
using Npgsql;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// The ledger's SQL: loading the book, writing one committed draft. SQLite binds each row to a
/// statement prepared once per connection (<see cref="SqliteRows"/>); PostgreSQL, where every
/// statement is a round trip and a plan, gets the whole draft as one array per column and unnest()
/// makes the rows in the server.
/// </summary>
internal static class LedgerSql
{
    /// <summary>
    /// A read-only transaction whose reads all see one moment of the store: SQLite's deferred
    /// transaction (in WAL mode its first read fixes the snapshot, and it takes no write lock), and
    /// PostgreSQL's repeatable read.
    /// </summary>
    public static async Task<DbTransaction> BeginSnapshotAsync(DbConnection conn, CancellationToken ct) =>
        conn is Microsoft.Data.Sqlite.SqliteConnection lite
            ? lite.BeginTransaction(deferred: true)
            : await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

    /// <summary>Serialises writers across processes: SQLite's write transaction already does; PostgreSQL needs a lock.</summary>
    public static async Task LockWritersAsync(DbConnection conn, DbTransaction tx, StoreKind kind, CancellationToken ct)
    {
        if (kind == StoreKind.Postgres)
        {
            await using var cmd = Command(conn, tx, "SELECT pg_advisory_xact_lock(545002)");
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Starts a commit: takes the writers' lock, reads the ledger version and the states of the
    /// schemes the commit touches. On PostgreSQL the three statements share one round trip (each
    /// still gets its own snapshot, so the version is read after the lock is held).
    /// </summary>
    public static async Task<(long Version, Dictionary<SchemeId, SchemeState> States)> OpenCommitAsync(DbConnection conn, DbTransaction tx, StoreKind kind,
        IEnumerable<SchemeId> schemes, SqliteRows? rows, CancellationToken ct)
    {
        if (conn is not NpgsqlConnection pg)
        {
            // SQLite's write transaction is the writers' lock; the reads go through the writer's prepared statements.
            ArgumentNullException.ThrowIfNull(rows);
            return (rows.Version(), await SchemeStatesAsync(conn, tx, kind, schemes, rows, ct));
        }
        await using var batch = new NpgsqlBatch(pg, (NpgsqlTransaction)tx);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(545002)"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT version FROM ledger_meta WHERE id = 1"));
        var states = new NpgsqlBatchCommand("SELECT scheme_id, state FROM schemes WHERE scheme_id = ANY($1) FOR SHARE");
        states.Parameters.Add(new NpgsqlParameter { Value = schemes.Select(x => x.Value).Distinct().ToArray() });
        batch.BatchCommands.Add(states);
        await using var r = await batch.ExecuteReaderAsync(ct);
        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var v = r.GetInt64(0);
        await r.NextResultAsync(ct);
        var found = new Dictionary<SchemeId, SchemeState>();
        while (await r.ReadAsync(ct))
        {
            found[SchemeId.Parse(r.GetString(0))] = Enum.Parse<SchemeState>(r.GetString(1));
        }
        return (v, found);
    }

    /// <summary>The stored states of the schemes that exist among <paramref name="schemes"/> (on SQLite through the writer's <paramref name="rows"/> when given).</summary>
    public static async Task<Dictionary<SchemeId, SchemeState>> SchemeStatesAsync(DbConnection conn, DbTransaction tx, StoreKind kind, IEnumerable<SchemeId> schemes,
        SqliteRows? rows, CancellationToken ct)
    {
        var ids = schemes.Distinct().ToArray();
        var states = new Dictionary<SchemeId, SchemeState>();
        if (ids.Length == 0)
        {
            return states;
        }
        if (rows is not null)
        {
            foreach (var id in ids)
            {
                if (rows.SchemeState(id) is { } state)
                {
                    states[id] = Enum.Parse<SchemeState>(state);
                }
            }
            return states;
        }
        var names = string.Join(", ", ids.Select((_, i) => $"@s{i}"));
        // FOR SHARE keeps a concurrent lifecycle change (say, to Closed) from committing under a transfer.
        await using var cmd = Command(conn, tx, $"SELECT scheme_id, state FROM schemes WHERE scheme_id IN ({names}){(kind == StoreKind.Postgres ? " FOR SHARE" : "")}");
        for (var i = 0; i < ids.Length; i++)
        {
            Add(cmd, $"s{i}", ids[i].Value);
        }
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            states[SchemeId.Parse(r.GetString(0))] = Enum.Parse<SchemeState>(r.GetString(1));
        }
        return states;
    }

    /// <summary>
    /// Rebuilds the book from the tables: the stored balances, then every entry after the point
    /// they stand at replayed on top; ids, heads and open pendings from all the entries. Returns also
    /// the accounts whose stored balance lags the journal (the next balance write must store them).
    /// </summary>
    public static async Task<(LedgerBook Book, HashSet<(SchemeId, AccountRef)> Lagging)> LoadAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        var asOf = await BalancesAsOfAsync(conn, tx, ct);
        var balances = new Dictionary<(SchemeId, AccountRef), AccountBalance>();
        await using (var cmd = Command(conn, tx, "SELECT scheme_id, holder, asset, pledged_to, snapshot_balance, snapshot_pending_debits, snapshot_pending_credits FROM ledger_accounts"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var asset = AssetNames.Parse(r.GetString(2));
                balances[(SchemeId.Parse(r.GetString(0)), new AccountRef(r.GetString(1), asset, r.GetString(3)))] =
                    new AccountBalance(r.GetInt64(4), r.GetInt64(5), r.GetInt64(6));
            }
        }
        var book = new LedgerBook();
        var lagging = new HashSet<(SchemeId, AccountRef)>();
        var pendings = new Dictionary<Guid, OpenPending>();
        await using (var cmd = Command(conn, tx, $"SELECT {EntryRows.Columns} FROM ledger_entries ORDER BY scheme_id, seq"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var e = EntryRows.Read(r);
                var request = new TransferRequest(e.Id, e.Scheme, e.Debit, e.Credit, e.Amount, e.Code, e.Kind, e.PendingId, e.Expires, e.AuthorizedBy, e.Metadata);
                book.LoadId(e.Id, new UsedId(e.Scheme, e.Seq, LedgerDraft.Digest(request)));
                book.LoadHead(e.Scheme, new ChainHead(e.Seq, e.Hash, e.Timestamp));
                if (e.Seq > asOf.GetValueOrDefault(e.Scheme))
                {
                    Replay(balances, e);
                    lagging.Add((e.Scheme, e.Debit));
                    lagging.Add((e.Scheme, e.Credit));
                }
                if (e.Kind == EntryKind.Pending)
                {
                    pendings[e.Id] = new OpenPending(e.Id, e.Scheme, e.Debit, e.Credit, e.Amount, e.Code, e.Expires!.Value);
                }
                else if (e.PendingId is { } p)
                {
                    pendings.Remove(p);
                }
            }
        }
        foreach (var ((scheme, account), balance) in balances)
        {
            book.LoadAccount(scheme, account, balance);
        }
        foreach (var p in pendings.Values)
        {
            book.LoadPending(p);
        }
        return (book, lagging);
    }

    /// <summary>Per scheme, the entry up to which the stored balances stand (schemes absent: none yet).</summary>
    public static async Task<Dictionary<SchemeId, long>> BalancesAsOfAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        var asOf = new Dictionary<SchemeId, long>();
        await using var cmd = Command(conn, tx, "SELECT scheme_id, seq FROM ledger_balances_as_of");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            asOf[SchemeId.Parse(r.GetString(0))] = r.GetInt64(1);
        }
        return asOf;
    }

    /// <summary>Applies one entry to a balance table: the loader's and the verifier's replay.</summary>
    public static void Replay(Dictionary<(SchemeId, AccountRef), AccountBalance> balances, LedgerEntry e)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentNullException.ThrowIfNull(e);
        var (debit, credit) = AccountBalance.Effect(e.Kind, e.Amount);
        balances[(e.Scheme, e.Debit)] = balances.GetValueOrDefault((e.Scheme, e.Debit)).Plus(debit);
        balances[(e.Scheme, e.Credit)] = balances.GetValueOrDefault((e.Scheme, e.Credit)).Plus(credit);
    }

    /// <summary>
    /// Writes a commit: the draft's entries, the account rows given (new accounts, and the balances
    /// being brought up to date), the schemes' new balance snapshot points, and, when the ledger
    /// itself changed, bumps the store's ledger version. On SQLite the rows go through
    /// <paramref name="rows"/>, the writer's prepared statements; on PostgreSQL each table's rows
    /// are one statement.
    /// </summary>
    public static async Task WriteAsync(DbConnection conn, DbTransaction tx, LedgerDraft draft, SqliteRows? rows,
        IReadOnlyList<(SchemeId Scheme, AccountRef Account, AccountBalance Balance)> accounts, IReadOnlyList<(SchemeId Scheme, long Seq)> asOf, bool bumpVersion,
        CancellationToken ct)
    {
        if (conn is not NpgsqlConnection pg)
        {
            ArgumentNullException.ThrowIfNull(rows);
            foreach (var e in draft.NewEntries)
            {
                rows.InsertEntry(e);
            }
            foreach (var (scheme, account, balance) in accounts)
            {
                rows.UpsertAccount(scheme, account, balance);
            }
            foreach (var (scheme, seq) in asOf)
            {
                rows.SetBalancesAsOf(scheme, seq);
            }
            if (bumpVersion)
            {
                rows.BumpVersion();
            }
            return;
        }
        var entryRows = draft.NewEntries.Select(EntryRows.Values).ToArray();
        var accountRows = accounts
            .Select(a => new object?[] { a.Scheme.Value, a.Account.Holder, a.Account.Asset.Name(), a.Account.PledgedTo, a.Balance.Balance, a.Balance.PendingDebits, a.Balance.PendingCredits })
            .ToArray();
        var asOfRows = asOf.Select(x => new object?[] { x.Scheme.Value, x.Seq }).ToArray();
        // One round trip and one statement per table, whatever the commit's size: the rows travel
        // as one array per column and unnest() turns them back into rows inside the server.
        await using var batch = new NpgsqlBatch(pg, (NpgsqlTransaction)tx);
        var expected = new List<int>();
        foreach (var (sql, table, types) in new[] { (InsertEntriesFromArrays, entryRows, EntryColumnTypes), (UpsertAccountsFromArrays, accountRows, AccountColumnTypes), (UpsertAsOfFromArrays, asOfRows, AsOfColumnTypes) })
        {
            if (table.Length > 0)
            {
                batch.BatchCommands.Add(Unnest(sql, table, types));
                expected.Add(table.Length);
            }
        }
        if (bumpVersion)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(BumpVersion));
            expected.Add(1);
        }
        await batch.ExecuteNonQueryAsync(ct);
        for (var i = 0; i < expected.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != expected[i])
            {
                throw new InvalidOperationException($"The ledger's tables disagree with its book: statement {i + 1} of a commit touched {batch.BatchCommands[i].RecordsAffected} rows, not {expected[i]}.");
            }
        }
    }

    /// <summary>The SQLite writer's row statements, prepared on its connection.</summary>
    public static SqliteRows PrepareRows(Microsoft.Data.Sqlite.SqliteConnection conn) => new(conn, InsertEntryRow, UpsertAccountRow, UpsertAsOfRow);

    internal const string ReadVersion = "SELECT version FROM ledger_meta WHERE id = 1";
    internal const string BumpVersion = "UPDATE ledger_meta SET version = version + 1 WHERE id = 1";
    internal const string ReadSchemeState = "SELECT state FROM schemes WHERE scheme_id = ?1";

    private static readonly bool[] EntryColumnTypes = EntryRows.Names.Select(n => n is "seq" or "amount" or "expires_ticks" or "timestamp_ticks").ToArray();
    private static readonly bool[] AccountColumnTypes = [false, false, false, false, true, true, true];
    private static readonly bool[] AsOfColumnTypes = [false, true];

    private static readonly string InsertEntriesFromArrays =
        $"INSERT INTO ledger_entries ({EntryRows.Columns}) SELECT * FROM unnest({ArrayParameters(EntryColumnTypes)})";

    private static readonly string UpsertAccountsFromArrays = $"""
        INSERT INTO ledger_accounts (scheme_id, holder, asset, pledged_to, snapshot_balance, snapshot_pending_debits, snapshot_pending_credits)
        SELECT * FROM unnest({ArrayParameters(AccountColumnTypes)})
        ON CONFLICT (scheme_id, holder, asset, pledged_to)
        DO UPDATE SET snapshot_balance = excluded.snapshot_balance, snapshot_pending_debits = excluded.snapshot_pending_debits,
            snapshot_pending_credits = excluded.snapshot_pending_credits
        """;

    private static readonly string UpsertAsOfFromArrays = $"""
        INSERT INTO ledger_balances_as_of (scheme_id, seq) SELECT * FROM unnest({ArrayParameters(AsOfColumnTypes)})
        ON CONFLICT (scheme_id) DO UPDATE SET seq = excluded.seq
        """;

    private static string ArrayParameters(bool[] isBigint) =>
        string.Join(", ", isBigint.Select((b, i) => $"${i + 1}::{(b ? "bigint" : "text")}[]"));

    /// <summary>A statement whose parameters are the rows' columns, one array each (bigint columns as long?[], the rest as string?[]).</summary>
    private static NpgsqlBatchCommand Unnest(string sql, object?[][] rows, bool[] isBigint)
    {
        var c = new NpgsqlBatchCommand(sql);
        for (var col = 0; col < isBigint.Length; col++)
        {
            if (isBigint[col])
            {
                var values = new long?[rows.Length];
                for (var r = 0; r < rows.Length; r++)
                {
                    values[r] = (long?)rows[r][col];
                }
                c.Parameters.Add(new NpgsqlParameter { Value = values });
            }
            else
            {
                var values = new string?[rows.Length];
                for (var r = 0; r < rows.Length; r++)
                {
                    values[r] = (string?)rows[r][col];
                }
                c.Parameters.Add(new NpgsqlParameter { Value = values });
            }
        }
        return c;
    }

    // SQLite's statements, bound positionally by SqliteRows.
    private const string UpsertAsOfRow = """
        INSERT INTO ledger_balances_as_of (scheme_id, seq) VALUES (?1, ?2)
        ON CONFLICT (scheme_id) DO UPDATE SET seq = excluded.seq
        """;

    private static readonly string InsertEntryRow =
        $"INSERT INTO ledger_entries ({EntryRows.Columns}) VALUES ({string.Join(", ", Enumerable.Range(1, EntryRows.Names.Length).Select(i => $"?{i}"))})";

    private const string UpsertAccountRow = """
        INSERT INTO ledger_accounts (scheme_id, holder, asset, pledged_to, snapshot_balance, snapshot_pending_debits, snapshot_pending_credits)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (scheme_id, holder, asset, pledged_to)
        DO UPDATE SET snapshot_balance = excluded.snapshot_balance, snapshot_pending_debits = excluded.snapshot_pending_debits,
            snapshot_pending_credits = excluded.snapshot_pending_credits
        """;

    public static DbCommand Command(DbConnection conn, DbTransaction? tx, string sql)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    public static DbParameter Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }
}
