using System.Diagnostics;
using System.Threading.Channels;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// The ledger on a store. Every write goes through one queue: a single writer takes whatever
/// requests are waiting, validates each against the in-memory book, writes the survivors in one
/// database transaction and answers their callers only after the commit is durable. Many small
/// transfers thus share one fsync (group commit) without ever sharing a fate: a refused batch is
/// dropped from the transaction, not the others.
/// </summary>
/// <remarks>
/// <para>The class is split by job: this file holds what callers use and the state;
/// <c>LedgerStore.GroupCommit.cs</c> the writer's loop and its transactions;
/// <c>LedgerStore.EarlyValidation.cs</c> validation before the database's lock is taken (with
/// <see cref="Speculation"/>); <c>LedgerStore.Reload.cs</c> keeping the book equal to the database
/// when other processes write; <c>LedgerStore.BalanceSnapshots.cs</c> when stored balances are
/// brought up to date. See docs/ledger.md.</para>
/// <para><b>The threading rule</b>, which every part relies on: one task, the writer
/// (<c>WriteLoopAsync</c>), owns all the state below except where marked. It alone changes the
/// book, and takes <c>_bookLock</c> only to change it (a new book on reload, a committed draft
/// applied); it reads the book without the lock, as nothing else changes it. Any other thread
/// (callers reading balances or pendings) reads the book only under <c>_bookLock</c>, reads
/// <c>_version</c> with <see cref="Volatile"/> and <c>_commits</c> with <see cref="Interlocked"/>,
/// and reaches the writer only through the queue; once the writer has ended, <see cref="DisposeAsync"/> closes its connection. Nothing on the writer's path takes any other
/// lock, and nothing waits under <c>_bookLock</c>.</para>
/// </remarks>
public sealed partial class LedgerStore : IAsyncDisposable
{
    private static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(0.5);
    private const int MaxTransfersPerCommit = 8192;
    // How stale the ledger's time may be on entries validated before the lock (the lock's wait included).
    private static readonly TimeSpan MaxGuessAge = TimeSpan.FromMilliseconds(5);

    private readonly Database _db;
    private readonly TimeProvider _clock;
    private readonly Channel<WriteOp> _queue = Channel.CreateUnbounded<WriteOp>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly int _maxOpsPerCommit;
    private readonly BalanceWrites _balanceWrites;

    // Shared: the book is read by other threads under _bookLock; the version (-1: the book must be
    // reloaded before it is trusted) and the commit count are published atomically.
    private readonly Lock _bookLock = new();
    private LedgerBook _book = new();
    private long _version = -1;
    private long _commits;

    // The writer's own.
    // Scheme states as last read inside a commit: what the next commit's early validation assumes.
    private readonly Dictionary<SchemeId, SchemeState?> _knownStates = [];
    // Accounts whose stored balance lags the journal, and when the balances were last written.
    private HashSet<(SchemeId, AccountRef)> _lagging = [];
    private long _balancesWrittenAt = Stopwatch.GetTimestamp();
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
        return Enqueue(new WriteOp.Post(batch, digests), ct);
    }

    public async Task<TransferResult> SubmitOneAsync(TransferRequest request, CancellationToken ct = default)
    {
        var outcome = await SubmitAsync([request], ct);
        return outcome.Results?[0] ?? throw new LedgerRefusedException(outcome.Refusal!);
    }

    /// <summary>Opens accounts for a scheme (existing ones are left alone).</summary>
    public Task<BatchOutcome> OpenAccountsAsync(SchemeId scheme, IEnumerable<AccountRef> accounts, CancellationToken ct = default) =>
        Enqueue(new WriteOp.OpenAccounts(scheme, accounts.ToArray()), ct);

    /// <summary>Voids expired pending transfers now (the writer also does so before every commit).</summary>
    public Task<BatchOutcome> SweepAsync(CancellationToken ct = default) => Enqueue(new WriteOp.Sweep(), ct);

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
}
