using Redev.Holders;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Holders;

/// <summary>
/// Links a register owner of a scheme to a holder (notary). The link and its audit record are written
/// together, then a checkpoint is signed over the trail's new length: without one, deleting the newest
/// record would leave a chain that still verifies.
/// </summary>
public sealed class LinkOwner(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<OwnerLink>> RunAsync(Caller caller, LinkOwnerCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "link owners to holders");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var sid = scheme.Id;
        var owner = command.Owner;
        if (string.IsNullOrWhiteSpace(owner) || scheme.Register?.OwnsAny(owner) != true)
        {
            return Refusal.With("unknown-owner", $"owner: \"{owner}\" is not an owner in the register of scheme {sid} (owners are matched exactly as written).", ("owner", owner ?? ""));
        }
        if (!IdentityDocuments.TryParseChecked(command.DocumentType, out var document))
        {
            return new Refusal("bad-document-type", $"documentType: \"{command.DocumentType}\" is not hkid, passport or br.");
        }
        Holder? holder = null;
        if (HolderId.TryParse(command.Holder, out var hid))
        {
            holder = await store.Holders.FindAsync(hid, ct);
        }
        else if (command.UserName is { Length: > 0 } user)
        {
            holder = await store.Holders.FindByUserAsync(user, ct);
        }
        if (holder is null)
        {
            var who = command.Holder ?? command.UserName ?? "";
            return Refusal.With("no-holder", $"holder: \"{who}\" is not a registered holder; register the holder first.", ("holder", who));
        }
        var now = clock.GetUtcNow();
        var link = new OwnerLink(sid, owner, holder.Id, document, now, caller.Name, now);
        if (await store.Holders.LinkAsync(link, notary.Key, ct) is null)
        {
            return Refusal.With("already-linked", $"\"{owner}\" of scheme {sid} is already linked to a holder.", ("owner", owner));
        }
        await store.Checkpoints.SignAsync(sid, notary.Key, now, ct);
        return Result<OwnerLink>.Done(link);
    }
}
