using Redev.App.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>
/// A holder's ledger receipt for a scheme: their entries with inclusion proofs and a signed checkpoint,
/// to check offline, as of the latest checkpoint the notary signed. A holder takes their own; the notary and the operator anyone's.
/// </summary>
public sealed class TakeReceipt(RedevStore store, HolderAccess access)
{
    public async Task<Result<Receipt>> RunAsync(Caller caller, string? scheme, string? holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } found)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var sid = found.Id;
        var mine = await access.LedgerHoldersOfAsync(caller, sid, ct);
        var who = holder ?? (mine.Count > 0 ? mine[0] : null);
        if (who is null)
        {
            return new Refusal("bad-input", "holder: say whose receipt to take.");
        }
        if (!caller.Is(Role.Notary) && !mine.Contains(who, StringComparer.Ordinal))
        {
            return Refusal.With("not-your-holding", $"You may take only your own ledger receipt; you hold nothing as \"{who}\" in scheme {sid}.", ("holder", who));
        }
        // Reading signs nothing: without a checkpoint over the holder's latest entries the answer is
        // no-checkpoint, and signing one is the notary's own act (SignCheckpoint).
        var outcome = await store.Journal.ReceiptAsync(sid, who, ct);
        return outcome.Receipt is { } receipt ? Result<Receipt>.Done(receipt) : outcome.Refusal!;
    }
}
