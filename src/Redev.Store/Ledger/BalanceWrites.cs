namespace Redev.Store.Ledger;

/// <summary>
/// When the ledger's writer brings the stored balances up to date. Entries are written with every
/// commit: they are the ledger. The stored balances are a snapshot of what the entries add up to
/// as of one entry per scheme, and loading replays the entries after it, so letting the snapshot
/// lag costs nothing in safety. Rewriting every touched balance on every commit, though, was a third
/// of a busy commit's rows and most of the pages it dirtied; so a busy writer lets them lag.
/// </summary>
public sealed record BalanceWrites
{
    public BalanceWrites(int DeferFrom, TimeSpan MaxLag, TimeSpan Idle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(DeferFrom, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLag, TimeSpan.Zero);
        if (Idle != Timeout.InfiniteTimeSpan && (Idle <= TimeSpan.Zero || Idle.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(nameof(Idle), Idle, "The idle wait must be positive and at most 24 days, or infinite.");
        }
        (this.DeferFrom, this.MaxLag, this.Idle) = (DeferFrom, MaxLag, Idle);
    }

    /// <summary>A commit carrying at least this many requests (the writer is shared by many callers)
    /// leaves the balances for later; smaller commits, however large their batches (a vesting), write
    /// them with their entries.</summary>
    public int DeferFrom { get; }

    /// <summary>Balances left for later are written with the first commit after this long.</summary>
    public TimeSpan MaxLag { get; }

    /// <summary>Balances left for later are written on their own once no request has come for this
    /// long (<see cref="Timeout.InfiniteTimeSpan"/>: only by a later commit or on close).</summary>
    public TimeSpan Idle { get; }

    /// <summary>Lag only under load (8 callers' requests in one commit), at most a second, written after 100 ms of quiet.</summary>
    public static BalanceWrites Default { get; } = new(8, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));

    /// <summary>With every commit, as before snapshots (for comparison and for tests that read the table).</summary>
    public static BalanceWrites EveryCommit { get; } = new(int.MaxValue, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
}
