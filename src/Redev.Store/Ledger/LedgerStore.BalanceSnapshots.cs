using System.Diagnostics;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

// Stored balances are a snapshot of what the journal adds up to as of one entry per scheme
// (migration 6). Under load the writer leaves them to lag and writes only entries; it brings them
// up to date when a commit is small, when they have lagged for BalanceWrites.MaxLag, when it falls
// idle, and when the store closes. See docs/ledger.md.
public sealed partial class LedgerStore
{
    /// <summary>Whether a commit that writes entries should also write balances, by how pressed the writer is.</summary>
    private bool BalancesDueWith(List<WriteOp> ops) =>
        ops.Count(o => o is WriteOp.Post) < _balanceWrites.DeferFrom || Stopwatch.GetElapsedTime(_balancesWrittenAt) >= _balanceWrites.MaxLag;

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

    /// <summary>After a commit: either nothing lags any more, or this draft's accounts join the lagging ones.</summary>
    private void BalancesCommitted(LedgerDraft draft, bool balancesWritten)
    {
        if (balancesWritten)
        {
            _lagging.Clear();
            _balancesWrittenAt = Stopwatch.GetTimestamp();
        }
        else
        {
            _lagging.UnionWith(draft.ChangedAccounts.Select(a => a.Key));
        }
    }

    /// <summary>A store closed cleanly leaves its balances current (the next load replays nothing).</summary>
    private async Task WriteLaggingBalancesOnCloseAsync()
    {
        if (_lagging.Count > 0 && Volatile.Read(ref _version) >= 0)
        {
            try
            {
                await CommitAsync(null, [], 0, balancesDue: true);
            }
            catch (System.Data.Common.DbException)
            {
                // Nothing is lost: the entries are written, and the next load replays them.
            }
        }
    }
}
