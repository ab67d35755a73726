using System.Diagnostics;
using System.Threading.Channels;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>The outcome of a submitted batch: its results, or why nothing was written.</summary>
public sealed record BatchOutcome(IReadOnlyList<TransferResult>? Results, Refusal? Refusal)
{
    public bool Succeeded => Results is not null;
}

/// <summary>
/// The ledger on a store. Every write goes through one queue: a single writer takes whatever
/// requests are waiting, validates each against the in-memory book, writes the survivors in one
/// database transaction and answers their callers only after the commit is durable. Many small
/// transfers thus share one fsync (group commit) without ever sharing a fate: a refused batch is
/// dropped from the transaction, not the others.
/// </summary>
public sealed class LedgerStore : IAsyncDisposable
{
    private readonly Database _db;
    private readonly TimeProvider _clock;
    private readonly Channel<WriteOp> _queue = Channel.CreateUnbounded<WriteOp>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _bookLock = new();
    private readonly Task _writer;
    private readonly int _maxOpsPerCommit;
    private readonly BalanceWrites _balanceWrites;
    private LedgerBook _book = new();
    // Scheme states as last read inside a commit: what the next commit's early validation assumes.
    private readonly Dictionary<SchemeId, SchemeState?> _knownStates = [];
    // Accounts whose stored balance lags the journal, and when the balances were last written.
    private HashSet<(SchemeId, AccountRef)> _lagging = [];
    private long _balancesWrittenAt = Stopwatch.GetTimestamp();
    private long _version = -1;
    private long _commits;
    private static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(0.5);
    private const int MaxTransfersPerCommit = 8192;
    // How stale the ledger's time may be on entries validated before the lock (the lock's wait included).
    private static readonly TimeSpan MaxGuessAge = TimeSpan.FromMilliseconds(5);
    private System.Data.Common.DbConnection? _conn;
    private SqliteRows? _rows;

    /// <summary>Database transactions written so far (for the benchmark's batch-size figure).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    private LedgerStore(Database db, TimeProvider clock, int maxOpsPerCommit, BalanceWrites balanceWrites)
    {
        _db = db;
        _clock = clock;
        _maxOpsPerCommit = maxOpsPerCommit;
        _balanceWrites = balanceWrites;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Opens the ledger of a store whose migrations have run.</summary>
    /// <param name="maxOpsPerCommit">How many queued requests one transaction may take; 1 disables group commit (for comparison).</param>
    /// <param name="balanceWrites">When stored balances are brought up to date (default: <see cref="BalanceWrites.Default"/>).</param>
    public static LedgerStore Open(Database db, TimeProvider? clock = null, int maxOpsPerCommit = 4096, BalanceWrites? balanceWrites = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOpsPerCommit, 1);
        return new LedgerStore(db, clock ?? TimeProvider.System, maxOpsPerCommit, balanceWrites ?? BalanceWrites.Default);
    }

    /// <summary>Posts a linked batch: all of it, durably, or none of it.</summary>
    public Task<BatchOutcome> SubmitAsync(IReadOnlyList<TransferRequest> batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // A copy: the digests below must describe what is applied, whatever the caller does with its list meanwhile.
        batch = [.. batch];
        // Hashed here, on the caller's thread, so the single writer only has to compare.
        var digests = new byte[batch.Count][];
        for (var i = 0; i < digests.Length; i++)
        {
            digests[i] = LedgerDraft.Digest(batch[i]);
        }
        return Enqueue(new WriteOp(batch, null, null) { Digests = digests }, ct);
    }

    public async Task<TransferResult> SubmitOneAsync(TransferRequest request, CancellationToken ct = default)
    {
        var outcome = await SubmitAsync([request], ct);
        return outcome.Results?[0] ?? throw new LedgerRefusedException(outcome.Refusal!);
    }

    /// <summary>Opens accounts for a scheme (existing ones are left alone).</summary>
    public Task<BatchOutcome> OpenAccountsAsync(SchemeId scheme, IEnumerable<AccountRef> accounts, CancellationToken ct = default) =>
        Enqueue(new WriteOp(null, scheme, accounts.ToArray()), ct);

    /// <summary>Voids expired pending transfers now (the writer also does so before every commit).</summary>
    public Task<BatchOutcome> SweepAsync(CancellationToken ct = default) => Enqueue(new WriteOp(null, null, null), ct);

    private async Task<BatchOutcome> Enqueue(WriteOp op, CancellationToken ct)
    {
        await _queue.Writer.WriteAsync(op, ct);
        return await op.Done.Task.WaitAsync(ct);
    }

    /// <summary>Balances of every account of a scheme, as committed.</summary>
    public async Task<IReadOnlyList<(AccountRef Account, AccountBalance Balance)>> BalancesAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await SyncAsync(ct);
        lock (_bookLock)
        {
            return _book.AllAccounts().Where(a => a.Key.Scheme == scheme)
                .Select(a => (a.Key.Account, a.Balance))
                .OrderBy(a => a.Account.Holder, StringComparer.Ordinal).ThenBy(a => a.Account.Asset).ThenBy(a => a.Account.PledgedTo, StringComparer.Ordinal)
                .ToArray();
        }
    }

    /// <summary>An open pending transfer, if there is one with that id.</summary>
    public async Task<OpenPending?> PendingAsync(Guid id, CancellationToken ct = default)
    {
        await SyncAsync(ct);
        lock (_bookLock)
        {
            return _book.Pending(id);
        }
    }

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
            if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == known)
            {
                return;
            }
        }
        await SweepAsync(ct);
    }

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
        if (_lagging.Count > 0 && Volatile.Read(ref _version) >= 0)
        {
            try
            {
                // A store closed cleanly leaves its balances current (the next load replays nothing).
                await CommitAsync(null, [], 0, balancesDue: true);
            }
            catch (System.Data.Common.DbException)
            {
                // Nothing is lost: the entries are written, and the next load replays them.
            }
        }
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
                transfers += op.Batch?.Count ?? 1;
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
        // While the requests come in, each is validated against the book as it stands, before the
        // transaction (and its lock) is taken; the result stands only if, once the lock is held, no
        // other process has written, every scheme state it assumed is still the stored one, and the
        // ledger's clock has not moved past a pending's expiry or more than MaxGuessAge meanwhile.
        var guess = reader is not null && Volatile.Read(ref _version) >= 0 ? new Speculation(_book, _clock.GetUtcNow(), _knownStates) : null;
        if (reader is not null)
        {
            Gather(reader, ops, lastOps, guess);
        }
        await using var tx = await conn.BeginTransactionAsync();
        var now = _clock.GetUtcNow();
        if (guess is not null && (now - guess.Now > MaxGuessAge || _book.AnyPendingDue(after: guess.Now, until: now)))
        {
            guess = null;
        }
        var requested = ops.SelectMany(o => o.Batch?.Select(r => r.Scheme) ?? []).Concat(_book.SchemesWithPendingsDue(now)).ToHashSet();
        var (version, stored) = await LedgerSql.OpenCommitAsync(conn, tx, _db.Kind, requested, _rows, default);
        // Every scheme asked about, with null for one that does not exist, so that none is read twice.
        var states = requested.ToDictionary(x => x, x => stored.TryGetValue(x, out var st) ? st : (SchemeState?)null);
        if (version != _version)
        {
            // Another process wrote since we last looked (or this is the first commit): rebuild the book.
            var (fresh, lagging) = await LedgerSql.LoadAsync(conn, tx, default);
            lock (_bookLock)
            {
                _book = fresh;
            }
            _lagging = lagging;
            Volatile.Write(ref _version, version);
            // The fresh book may have pendings due in schemes the first read did not ask about.
            var missing = _book.SchemesWithPendingsDue(now).Where(x => !states.ContainsKey(x)).ToArray();
            foreach (var (id, state) in await LedgerSql.SchemeStatesAsync(conn, tx, _db.Kind, missing, _rows, default))
            {
                states[id] = state;
            }
            guess = null;
        }
        // Remembered for the next commit's early validation (a scheme that does not exist is not:
        // a request naming it is validated under the lock).
        foreach (var (id, state) in states)
        {
            if (state is { } known)
            {
                _knownStates[id] = known;
            }
        }
        var (draft, outcomes) = guess is not null && guess.HoldsFor(states) ? (guess.Draft, guess.Outcomes) : Validate(now, states, ops);
        // A commit that writes nothing (every batch refused) writes no balances either: it leaves the store exactly as it was.
        var writes = draft.NewEntries.Count > 0 || draft.NewAccounts.Count > 0;
        var requests = ops.Count(o => o.Batch is not null);
        var writeBalances = balancesDue
            || (writes && (requests < _balanceWrites.DeferFrom || Stopwatch.GetElapsedTime(_balancesWrittenAt) >= _balanceWrites.MaxLag));
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
            if (writeBalances)
            {
                _lagging.Clear();
                _balancesWrittenAt = Stopwatch.GetTimestamp();
            }
            else
            {
                _lagging.UnionWith(draft.ChangedAccounts.Select(a => a.Key));
            }
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
        return (draft, ops.Select(op => Apply(draft, op)).ToList());
    }

    /// <summary>
    /// A draft validated before the commit's lock was taken, with the scheme states it assumed: for
    /// each, the one last read inside a commit. A scheme never read yet cannot be assumed; the
    /// speculation is then abandoned, and the commit validates everything once it holds the lock.
    /// </summary>
    private sealed class Speculation
    {
        private readonly Dictionary<SchemeId, SchemeState?> _known;
        private readonly Dictionary<SchemeId, SchemeState?> _assumed = [];
        private bool _abandoned;

        // Only read while gathering: the commit updates `known` after it, under the lock.
        public Speculation(LedgerBook book, DateTimeOffset now, Dictionary<SchemeId, SchemeState?> known)
        {
            _known = known;
            Now = now;
            Draft = book.Begin(now, Assume);
            Try(() => Draft.ExpirePendings());
        }

        public DateTimeOffset Now { get; }
        public LedgerDraft Draft { get; }
        public List<BatchOutcome> Outcomes { get; } = [];

        public void Add(WriteOp op)
        {
            if (!_abandoned)
            {
                Try(() => Outcomes.Add(Apply(Draft, op)));
            }
        }

        // Whatever goes wrong while guessing (an assumed state that is not the stored one can lead
        // validation anywhere) only ends the guess: validation under the lock decides, and raises
        // what is really wrong there.
        private void Try(Action step)
        {
            try
            {
                step();
            }
#pragma warning disable CA1031 // the same work is redone under the lock, where nothing is swallowed
            catch (Exception)
#pragma warning restore CA1031
            {
                _abandoned = true;
            }
        }

        /// <summary>Whether the states read under the lock are the ones assumed, so the draft stands.</summary>
        public bool HoldsFor(Dictionary<SchemeId, SchemeState?> states) =>
            !_abandoned && _assumed.All(a => states.TryGetValue(a.Key, out var s) && s == a.Value);

        private SchemeState? Assume(SchemeId scheme)
        {
            if (!_assumed.TryGetValue(scheme, out var state))
            {
                _abandoned |= !_known.TryGetValue(scheme, out state);
                _assumed[scheme] = state;
            }
            return state;
        }
    }

    private static BatchOutcome Apply(LedgerDraft draft, WriteOp op)
    {
        if (op.Batch is { } batch)
        {
            var results = draft.TryApply(batch, op.Digests, out var refusal);
            return new BatchOutcome(results, refusal);
        }
        if (op.Scheme is { } s)
        {
            draft.OpenAccounts(s, op.Accounts!);
        }
        return new BatchOutcome([], null);
    }

    /// <summary>
    /// Every lagging balance and every balance this draft changes, as they will stand, and each of
    /// their schemes' chain heads: the point the stored balances will then stand at.
    /// </summary>
    private (List<(SchemeId, AccountRef, AccountBalance)> Accounts, List<(SchemeId, long)> AsOf) BalancesToWrite(LedgerDraft draft)
    {
        var keys = new HashSet<(SchemeId Scheme, AccountRef Account)>(_lagging);
        keys.UnionWith(draft.ChangedAccounts.Select(a => a.Key));
        var accounts = keys.Select(k => (k.Scheme, k.Account, draft.BalanceOf(k.Scheme, k.Account))).ToList();
        var asOf = keys.Select(k => k.Scheme).Distinct().Select(s => (s, draft.HeadOf(s).Seq)).ToList();
        return (accounts, asOf);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _writer;
        }
        finally
        {
            await CloseConnectionAsync();
        }
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

    private sealed record WriteOp(IReadOnlyList<TransferRequest>? Batch, SchemeId? Scheme, IReadOnlyList<AccountRef>? Accounts)
    {
        public TaskCompletionSource<BatchOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Each request's digest, computed before the request was queued.</summary>
        public IReadOnlyList<byte[]>? Digests { get; init; }
    }
}

/// <summary>Raised by the single-transfer helper when the ledger refuses it.</summary>
public sealed class LedgerRefusedException(Refusal refusal) : Exception(refusal?.ToString())
{
    public Refusal Refusal { get; } = refusal!;
}
