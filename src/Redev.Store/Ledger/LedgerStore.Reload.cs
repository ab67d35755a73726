using System.Data.Common;
using System.Globalization;
using Redev.Schemes;

namespace Redev.Store.Ledger;

// Keeping the book equal to the database when other processes write to it: a version counter in
// ledger_meta, moved by every commit that changes the ledger, is compared with the one the book
// was loaded at; when they differ the book is rebuilt from the database.
public sealed partial class LedgerStore
{
    /// <summary>
    /// Brings the book up to date before a read. When no process has written since the book was
    /// loaded (one cheap read of the version, no write transaction) and no pending transfer is due
    /// to void itself, the book is current as it is; otherwise the read goes through the writer,
    /// which reloads and sweeps. Reads thus wait for writes only when they must.
    /// </summary>
    private async Task SyncAsync(CancellationToken ct)
    {
        var known = Volatile.Read(ref _version);
        bool due;
        lock (_bookLock)
        {
            due = _book.SchemesWithPendingsDue(_clock.GetUtcNow()).Any();
        }
        if (known >= 0 && !due)
        {
            await using var conn = await _db.OpenAsync(ct);
            await using var cmd = LedgerSql.Command(conn, null, LedgerSql.ReadVersion);
            if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == known)
            {
                return;
            }
        }
        await SweepAsync(ct);
    }

    /// <summary>
    /// Another process wrote since the book was loaded (or this is the first commit): rebuilds the
    /// book inside the commit's transaction, and reads the states of the schemes whose pendings the
    /// fresh book finds due, which the commit did not know to ask about.
    /// </summary>
    private async Task ReloadAsync(DbConnection conn, DbTransaction tx, long version, DateTimeOffset now, Dictionary<SchemeId, SchemeState?> states)
    {
        var (fresh, lagging) = await LedgerSql.LoadAsync(conn, tx, default);
        lock (_bookLock)
        {
            _book = fresh;
        }
        _lagging = lagging;
        Volatile.Write(ref _version, version);
        var missing = _book.SchemesWithPendingsDue(now).Where(x => !states.ContainsKey(x)).ToArray();
        foreach (var (id, state) in await LedgerSql.SchemeStatesAsync(conn, tx, _db.Kind, missing, _rows, default))
        {
            states[id] = state;
        }
    }
}
