using System.Diagnostics;
using System.Threading.Channels;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

// The writer: its loop, and one database transaction per group of requests. Runs on the writer
// task only (the threading rule is stated on LedgerStore).
public sealed partial class LedgerStore
{
    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var ops = new List<WriteOp>();
        var lastOps = 1;
        while (await WaitAsync(reader) is { } requests)
        {
            ops.Clear();
            try
            {
                // No requests means the writer fell quiet with balances left for later: write them now.
                await CommitAsync(requests ? reader : null, ops, lastOps, balancesDue: !requests);
                lastOps = Math.Max(1, ops.Count);
            }
            catch (Exception ex)
            {
                // Whatever failed, every caller hears of it: a writer that died silently would leave them waiting forever.
                foreach (var op in ops)
                {
                    op.Done.TrySetException(ex);
                }
                // The connection may be broken; the next commit opens a fresh one and, as the
                // version check cannot be trusted after a failed commit, reloads the book.
                await CloseConnectionAsync();
                Volatile.Write(ref _version, -1);
            }
        }
        await WriteLaggingBalancesOnCloseAsync();
    }

    /// <summary>True when requests are waiting, false when the writer has been idle long enough to write lagging balances, null when the store is closing.</summary>
    private async Task<bool?> WaitAsync(ChannelReader<WriteOp> reader)
    {
        if (reader.TryPeek(out _))
        {
            return true;
        }
        if (_lagging.Count == 0 || _balanceWrites.Idle == Timeout.InfiniteTimeSpan)
        {
            return await reader.WaitToReadAsync() ? true : null;
        }
        using var idle = new CancellationTokenSource(_balanceWrites.Idle);
        try
        {
            return await reader.WaitToReadAsync(idle.Token) ? true : null;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Takes the requests for one commit. Callers answered by the last commit are still coming back
    /// with their next request: it waits a moment (at most MaxGather) for as many as came last time,
    /// or every commit would alternate between one request and all the others. It waits before the
    /// transaction opens: waiting with the write lock held would stall every other writer of the
    /// database (the web app's own tables live in the same file).
    /// </summary>
    private void Gather(ChannelReader<WriteOp> reader, List<WriteOp> ops, int lastOps, Speculation? guess)
    {
        var started = Stopwatch.GetTimestamp();
        var target = Math.Min(lastOps, _maxOpsPerCommit);
        var transfers = 0;
        while (true)
        {
            while (ops.Count < _maxOpsPerCommit && transfers < MaxTransfersPerCommit && reader.TryRead(out var op))
            {
                ops.Add(op);
                transfers += op.Weight;
                guess?.Add(op);
            }
            if (ops.Count >= target || transfers >= MaxTransfersPerCommit || Stopwatch.GetElapsedTime(started) >= MaxGather)
            {
                return;
            }
            Thread.Yield();
        }
    }

    /// <summary>
    /// One database transaction: gathers the requests (none when <paramref name="reader"/> is null),
    /// validates each against the book, writes the accepted ones and answers every caller once the
    /// commit is durable.
    /// </summary>
    private async Task CommitAsync(ChannelReader<WriteOp>? reader, List<WriteOp> ops, int lastOps, bool balancesDue)
    {
        // The writer keeps one connection (and its prepared statements) for its whole life.
        if (_conn is null)
        {
            _conn = await _db.OpenAsync();
            _rows = _conn is Microsoft.Data.Sqlite.SqliteConnection lite ? LedgerSql.PrepareRows(lite) : null;
        }
        var conn = _conn;
        var guess = reader is not null ? BeginGuess() : null;
        if (reader is not null)
        {
            Gather(reader, ops, lastOps, guess);
        }
        await using var tx = await conn.BeginTransactionAsync();
        var now = _clock.GetUtcNow();
        guess = StillFresh(guess, now);
        var requested = ops.SelectMany(o => o is WriteOp.Post p ? p.Batch.Select(r => r.Scheme) : []).Concat(_book.SchemesWithPendingsDue(now)).ToHashSet();
        var (version, stored) = await LedgerSql.OpenCommitAsync(conn, tx, _db.Kind, requested, _rows, default);
        // Every scheme asked about, with null for one that does not exist, so that none is read twice.
        var states = requested.ToDictionary(x => x, x => stored.TryGetValue(x, out var st) ? st : (SchemeState?)null);
        if (version != _version)
        {
            await ReloadAsync(conn, tx, version, now, states);
            guess = null;
        }
        RememberStates(states);
        var (draft, outcomes) = guess is not null && guess.HoldsFor(states) ? (guess.Draft, guess.Outcomes) : Validate(now, states, ops);
        // A commit that writes nothing (every batch refused) writes no balances either: it leaves the store exactly as it was.
        var writes = draft.NewEntries.Count > 0 || draft.NewAccounts.Count > 0;
        var writeBalances = balancesDue || (writes && BalancesDueWith(ops));
        var (accounts, asOf) = writeBalances ? BalancesToWrite(draft) : (draft.NewAccounts.Select(a => (a.Scheme, a.Account, default(AccountBalance))).ToList(), []);
        if (writes || accounts.Count > 0)
        {
            // Only a change to the ledger moves its version: other processes' books stay right when
            // balances alone are written, and must not reload the whole journal for it.
            await LedgerSql.WriteAsync(conn, tx, draft, _rows, accounts, asOf, bumpVersion: writes, default);
            await tx.CommitAsync();
            Interlocked.Increment(ref _commits);
            lock (_bookLock)
            {
                draft.CommitToBook();
            }
            Volatile.Write(ref _version, writes ? version + 1 : version);
            BalancesCommitted(draft, writeBalances);
        }
        for (var i = 0; i < ops.Count; i++)
        {
            ops[i].Done.TrySetResult(outcomes[i]);
        }
    }

    private (LedgerDraft Draft, List<BatchOutcome> Outcomes) Validate(DateTimeOffset now, Dictionary<SchemeId, SchemeState?> states, List<WriteOp> ops)
    {
        var draft = _book.Begin(now, s => states.GetValueOrDefault(s));
        draft.ExpirePendings();
        return (draft, ops.Select(op => op.ApplyTo(draft)).ToList());
    }

    private async Task CloseConnectionAsync()
    {
        // Statements first: a pooled SQLite connection must go back without any left prepared.
        _rows?.Dispose();
        _rows = null;
        if (_conn is not null)
        {
            await _conn.DisposeAsync();
            _conn = null;
        }
    }
}
