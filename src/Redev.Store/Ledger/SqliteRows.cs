using System.Text;
using Microsoft.Data.Sqlite;
using Redev.Ledger;
using Redev.Schemes;
using SQLitePCL;

namespace Redev.Store.Ledger;

/// <summary>
/// The SQLite writer's statements, prepared once on its connection and stepped through
/// SQLite's C API. A commit writes about three rows per transfer; through ADO.NET each row cost
/// ≈ 5 µs of binding and reader bookkeeping, which at 64 transfers a commit was half the commit.
/// Here a row is bound from the entry directly (no boxing, no per-row objects) and costs what
/// SQLite itself costs.
/// </summary>
/// <remarks>
/// Statements run inside the connection's ADO.NET transaction (same handle). They must be
/// finalized before the connection goes back to its pool: <see cref="Dispose"/> does that.
/// </remarks>
internal sealed class SqliteRows : IDisposable
{
    private const int Row = 100; // SQLITE_ROW
    private const int Done = 101; // SQLITE_DONE
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insertEntry;
    private readonly sqlite3_stmt _upsertAccount;
    private readonly sqlite3_stmt _upsertAsOf;
    private readonly sqlite3_stmt _readVersion;
    private readonly sqlite3_stmt _bumpVersion;
    private readonly sqlite3_stmt _schemeState;
    private readonly byte[] _text = new byte[1024];
    private readonly List<sqlite3_stmt> _prepared = [];

    public SqliteRows(SqliteConnection conn, string insertEntrySql, string upsertAccountSql, string upsertAsOfSql)
    {
        ArgumentNullException.ThrowIfNull(conn);
        _db = conn.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        try
        {
            _insertEntry = Prepare(insertEntrySql);
            _upsertAccount = Prepare(upsertAccountSql);
            _upsertAsOf = Prepare(upsertAsOfSql);
            _readVersion = Prepare(LedgerSql.ReadVersion);
            _bumpVersion = Prepare(LedgerSql.BumpVersion);
            _schemeState = Prepare(LedgerSql.ReadSchemeState);
        }
        catch
        {
            Dispose(); // those prepared before the failure must not go back to the pool with the connection
            throw;
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out var stmt, out _), sql);
        _prepared.Add(stmt);
        return stmt;
    }

    public void InsertEntry(LedgerEntry e)
    {
        var s = _insertEntry;
        Text(s, 1, e.Scheme.Value);
        Int(s, 2, e.Seq);
        Id(s, 3, e.Id);
        Text(s, 4, Names.Of(e.Kind));
        Text(s, 5, Names.Of(e.Code));
        Text(s, 6, e.Asset.Name());
        Text(s, 7, e.Debit.Holder);
        Text(s, 8, e.Debit.PledgedTo);
        Text(s, 9, e.Credit.Holder);
        Text(s, 10, e.Credit.PledgedTo);
        Int(s, 11, e.Amount);
        if (e.PendingId is { } p) { Id(s, 12, p); } else { Null(s, 12); }
        if (e.Expires is { } x) { Int(s, 13, x.UtcTicks); } else { Null(s, 13); }
        Int(s, 14, e.Timestamp.UtcTicks);
        Text(s, 15, e.AuthorizedBy);
        Text(s, 16, e.Metadata);
        Hex(s, 17, e.PrevHash);
        Hex(s, 18, e.Hash);
        if (Step(s) is { } failed)
        {
            throw failed.While($"writing entry #{e.Seq} of {e.Scheme}");
        }
    }

    public void UpsertAccount(SchemeId scheme, AccountRef account, AccountBalance balance)
    {
        var s = _upsertAccount;
        Text(s, 1, scheme.Value);
        Text(s, 2, account.Holder);
        Text(s, 3, account.Asset.Name());
        Text(s, 4, account.PledgedTo);
        Int(s, 5, balance.Balance);
        Int(s, 6, balance.PendingDebits);
        Int(s, 7, balance.PendingCredits);
        if (Step(s) is { } failed)
        {
            throw failed.While($"writing account {account} of {scheme}");
        }
    }

    public void SetBalancesAsOf(SchemeId scheme, long seq)
    {
        Text(_upsertAsOf, 1, scheme.Value);
        Int(_upsertAsOf, 2, seq);
        if (Step(_upsertAsOf) is { } failed)
        {
            throw failed.While($"writing the balance snapshot point of {scheme}");
        }
    }

    /// <summary>The store's ledger version (bumped by every commit of any process).</summary>
    public long Version()
    {
        var rc = raw.sqlite3_step(_readVersion);
        var version = rc == Row ? raw.sqlite3_column_int64(_readVersion, 0) : -1;
        raw.sqlite3_reset(_readVersion);
        Check(rc == Row ? 0 : rc, "reading the ledger version");
        return version;
    }

    public void BumpVersion()
    {
        if (Step(_bumpVersion) is { } failed)
        {
            throw failed.While("writing the ledger version");
        }
    }

    /// <summary>A scheme's lifecycle state as stored, or null when there is no such scheme.</summary>
    public string? SchemeState(SchemeId scheme)
    {
        Text(_schemeState, 1, scheme.Value);
        var rc = raw.sqlite3_step(_schemeState);
        var state = rc == Row ? raw.sqlite3_column_text(_schemeState, 0).utf8_to_string() : null;
        raw.sqlite3_reset(_schemeState);
        Check(rc is Row or Done ? 0 : rc, $"reading the state of {scheme}");
        return state;
    }

    /// <summary>Runs a one-row write; null when it wrote exactly one row. (The caller names the row only on failure: no text is built per row.)</summary>
    private StepFailure? Step(sqlite3_stmt s)
    {
        var rc = raw.sqlite3_step(s);
        var changes = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(s);
        return rc != Done ? new StepFailure(rc, changes, raw.sqlite3_errmsg(_db).utf8_to_string())
            : changes != 1 ? new StepFailure(rc, changes, null)
            : null;
    }

    private sealed record StepFailure(int Code, int Changes, string? Message)
    {
        // Each row is one entry, account or snapshot point: touching any other number of rows means the book and the tables disagree.
        public Exception While(string what) => Code != Done
            ? new SqliteException($"SQLite error {Code} while {what}: {Message}", Code)
            : new InvalidOperationException($"The ledger's tables disagree with its book: {what} touched {Changes} rows, not 1.");
    }

    // SQLite copies bound text (SQLITE_TRANSIENT), so one scratch buffer serves every parameter.
    private void Text(sqlite3_stmt s, int index, string value)
    {
        var n = Encoding.UTF8.GetMaxByteCount(value.Length) <= _text.Length
            ? Encoding.UTF8.GetBytes(value, _text)
            : -1;
        Check(n >= 0 ? raw.sqlite3_bind_text(s, index, _text.AsSpan(0, n)) : raw.sqlite3_bind_text(s, index, value), "binding text");
    }

    private void Int(sqlite3_stmt s, int index, long value) => Check(raw.sqlite3_bind_int64(s, index, value), "binding a number");

    private void Null(sqlite3_stmt s, int index) => Check(raw.sqlite3_bind_null(s, index), "binding a null");

    private void Id(sqlite3_stmt s, int index, Guid id)
    {
        Span<char> chars = stackalloc char[32];
        id.TryFormat(chars, out _, "N");
        Ascii(s, index, chars);
    }

    private void Hex(sqlite3_stmt s, int index, byte[] bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length * 2];
        Convert.TryToHexStringLower(bytes, chars, out _);
        Ascii(s, index, chars);
    }

    private void Ascii(sqlite3_stmt s, int index, ReadOnlySpan<char> chars)
    {
        var n = Encoding.ASCII.GetBytes(chars, _text);
        Check(raw.sqlite3_bind_text(s, index, _text.AsSpan(0, n)), "binding text");
    }

    private void Check(int rc, string what)
    {
        if (rc != 0)
        {
            throw new SqliteException($"SQLite error {rc} while {what}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
        }
    }

    public void Dispose()
    {
        foreach (var stmt in _prepared)
        {
            stmt.Dispose();
        }
        _prepared.Clear();
    }

    /// <summary>Enum names as stored, without formatting an enum on every row.</summary>
    private static class Names
    {
        private static readonly Dictionary<EntryKind, string> Kinds = Enum.GetValues<EntryKind>().ToDictionary(k => k, k => k.ToString());
        private static readonly Dictionary<TransferCode, string> Codes = Enum.GetValues<TransferCode>().ToDictionary(c => c, c => c.ToString());

        public static string Of(EntryKind k) => Kinds[k];

        public static string Of(TransferCode c) => Codes[c];
    }
}
