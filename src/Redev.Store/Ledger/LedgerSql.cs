using System.Data.Common;
using Npgsql;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// The ledger's SQL: loading the book, writing one committed draft. SQLite reuses prepared
/// statements row by row (cheap in-process); PostgreSQL sends each draft as one batch (one round trip).
/// </summary>
internal static class LedgerSql
{
    private const string InsertEntry = $"INSERT INTO ledger_entries ({EntryRows.Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17)";

    private const string UpsertAccount = """
        INSERT INTO ledger_accounts (scheme_id, holder, asset, pledged_to, balance, pending_debits, pending_credits)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
        ON CONFLICT (scheme_id, holder, asset, pledged_to)
        DO UPDATE SET balance = excluded.balance, pending_debits = excluded.pending_debits, pending_credits = excluded.pending_credits
        """;

    public static async Task<long> ReadVersionAsync(DbConnection conn, DbTransaction tx, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, "SELECT version FROM ledger_meta WHERE id = 1");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Serialises writers across processes: SQLite's write transaction already does; PostgreSQL needs a lock.</summary>
    public static async Task LockWritersAsync(DbConnection conn, DbTransaction tx, StoreKind kind, CancellationToken ct)
    {
        if (kind == StoreKind.Postgres)
        {
            await using var cmd = Command(conn, tx, "SELECT pg_advisory_xact_lock(545002)");
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task<Dictionary<SchemeId, SchemeState>> SchemeStatesAsync(DbConnection conn, DbTransaction tx, StoreKind kind, IEnumerable<SchemeId> schemes, CancellationToken ct)
    {
        var ids = schemes.Distinct().ToArray();
        var states = new Dictionary<SchemeId, SchemeState>();
        if (ids.Length == 0)
        {
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

    /// <summary>Rebuilds the book from the tables: balances as stored; ids, heads and open pendings from the entries.</summary>
    public static async Task<LedgerBook> LoadAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        var book = new LedgerBook();
        await using (var cmd = Command(conn, tx, "SELECT scheme_id, holder, asset, pledged_to, balance, pending_debits, pending_credits FROM ledger_accounts"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var asset = AssetNames.Parse(r.GetString(2));
                book.LoadAccount(SchemeId.Parse(r.GetString(0)), new AccountRef(r.GetString(1), asset, r.GetString(3)),
                    new AccountBalance(r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)));
            }
        }
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
        foreach (var p in pendings.Values)
        {
            book.LoadPending(p);
        }
        return book;
    }

    /// <summary>Writes a draft's entries and changed accounts, and bumps the store's ledger version.</summary>
    public static async Task WriteAsync(DbConnection conn, DbTransaction tx, LedgerDraft draft, CancellationToken ct)
    {
        var accountRows = draft.ChangedAccounts
            .Select(a => new object?[] { a.Key.Scheme.Value, a.Key.Account.Holder, a.Key.Account.Asset.Name(), a.Key.Account.PledgedTo,
                a.Balance.Balance, a.Balance.PendingDebits, a.Balance.PendingCredits })
            .ToArray();
        var entryRows = draft.NewEntries.Select(EntryRows.Values).ToArray();
        const string bump = "UPDATE ledger_meta SET version = version + 1 WHERE id = 1";
        if (conn is NpgsqlConnection pg)
        {
            await using var batch = new NpgsqlBatch(pg, (NpgsqlTransaction)tx);
            foreach (var row in entryRows)
            {
                batch.BatchCommands.Add(BatchCommand(InsertEntry, row));
            }
            foreach (var row in accountRows)
            {
                batch.BatchCommands.Add(BatchCommand(UpsertAccount, row));
            }
            batch.BatchCommands.Add(new NpgsqlBatchCommand(bump));
            await batch.ExecuteNonQueryAsync(ct);
            return;
        }
        await RunPreparedAsync(conn, tx, InsertEntry, entryRows, ct);
        await RunPreparedAsync(conn, tx, UpsertAccount, accountRows, ct);
        await using var cmd = Command(conn, tx, bump);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task RunPreparedAsync(DbConnection conn, DbTransaction tx, string sql, object?[][] rows, CancellationToken ct)
    {
        if (rows.Length == 0)
        {
            return;
        }
        await using var cmd = Command(conn, tx, sql);
        var ps = Enumerable.Range(0, rows[0].Length).Select(i => Add(cmd, $"p{i}", null)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                ps[i].Value = row[i] ?? DBNull.Value;
            }
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, object?[] row)
    {
        // Npgsql batches take positional parameters; rewrite @pN to $N+1.
        var c = new NpgsqlBatchCommand(Positional(sql, row.Length));
        foreach (var v in row)
        {
            c.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value });
        }
        return c;
    }

    private static readonly Dictionary<string, string> PositionalCache = [];

    private static string Positional(string sql, int count)
    {
        lock (PositionalCache)
        {
            if (!PositionalCache.TryGetValue(sql, out var s))
            {
                s = sql;
                for (var i = count - 1; i >= 0; i--)
                {
                    s = s.Replace($"@p{i}", $"${i + 1}", StringComparison.Ordinal);
                }
                PositionalCache[sql] = s;
            }
            return s;
        }
    }

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
