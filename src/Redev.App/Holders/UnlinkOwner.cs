using Redev.Ledger;
using Redev.Store;

namespace Redev.App.Holders;

/// <summary>
/// Removes a register owner's link to a holder (notary). The removal and its <c>owner-unlinked</c> audit
/// record are written together, then a checkpoint is signed over the trail's new length, as for
/// <see cref="LinkOwner"/>: an undone link must leave a trace no one can quietly delete.
/// </summary>
public sealed class UnlinkOwner(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    /// <summary>Unlinks the owner; refuses a non-notary, an unknown scheme, a missing or too long reason, and an owner not linked.</summary>
    public async Task<Result<AuditRecord>> RunAsync(Caller caller, UnlinkOwnerCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "unlink owners from holders");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var reason = command.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            return new Refusal("no-reason", "reason: say why the link is undone; it is kept in the audit trail.");
        }
        if (TransferRules.CheckNote("reason", reason) is { } tooLong)
        {
            return tooLong;
        }
        var owner = command.Owner ?? "";
        var now = clock.GetUtcNow();
        if (await store.Holders.UnlinkAsync(scheme.Id, owner, caller.Name, reason, now, notary.Key, ct) is not { } record)
        {
            return Refusal.With("no-link", $"\"{owner}\" of scheme {scheme.Id} is not linked to a holder.", ("owner", owner));
        }
        await store.Checkpoints.SignAsync(scheme.Id, notary.Key, now, ct);
        return Result<AuditRecord>.Done(record);
    }
}
