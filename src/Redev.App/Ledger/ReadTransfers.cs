using Redev.App.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>Transfers as each caller may see them: the notary all, a holder those from or to their holdings.</summary>
public sealed class ReadTransfers(RedevStore store, HolderAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<TransferView>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var all = caller.Is(Role.Notary);
        var list = new List<TransferView>();
        foreach (var s in await LiveSchemesAsync(ct))
        {
            if (all)
            {
                list.AddRange(TransferView.Read(await store.Journal.EntriesAsync(s, null, ct), clock.GetUtcNow()));
                continue;
            }
            foreach (var h in await access.LedgerHoldersOfAsync(caller, s, ct))
            {
                list.AddRange(TransferView.Read(await store.Journal.EntriesAsync(s, h, ct), clock.GetUtcNow()));
            }
        }
        return list.DistinctBy(t => t.Id).OrderByDescending(t => t.ProposedAt).ToArray();
    }

    /// <summary>One transfer, if the caller is the notary or one of its sides.</summary>
    public async Task<Result<TransferView>> FindAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await FindAnyAsync(id, ct) is not { } v)
        {
            return Refusal.With("no-transfer", $"There is no proposed transfer {id}.", ("transfer", id.ToString()));
        }
        var mine = await access.LedgerHoldersOfAsync(caller, SchemeId.Parse(v.Scheme), ct);
        return caller.Is(Role.Notary) || mine.Contains(v.From) || mine.Contains(v.To)
            ? Result<TransferView>.Done(v)
            : AppRefusals.NotYours("see transfers");
    }

    /// <summary>One transfer, looked up in every scheme that can hold one, with no access check (for the use cases that already made theirs).</summary>
    internal async Task<TransferView?> FindAnyAsync(Guid id, CancellationToken ct)
    {
        foreach (var s in await LiveSchemesAsync(ct))
        {
            if (TransferView.Read(await store.Journal.EntriesOfTransferAsync(s, id, ct), clock.GetUtcNow()).FirstOrDefault(t => t.Id == id) is { } v)
            {
                return v;
            }
        }
        return null;
    }

    internal async Task<IReadOnlyList<SchemeId>> LiveSchemesAsync(CancellationToken ct) =>
        (await store.Schemes.ListAsync(ct)).Where(s => TransferRules.AllowsTransfers(s.State)).Select(s => s.Id).ToArray();
}
