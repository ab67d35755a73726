using Redev.App.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>
/// An off-market transfer proposed as a pending (two-phase) ledger transfer: the units are reserved, not
/// moved, until the notary approves or rejects it, or it expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class ProposeTransfer(RedevStore store, HolderAccess access, ReadTransfers transfers, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public async Task<Result<Proposed>> RunAsync(Caller caller, ProposeCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var sid = scheme.Id;
        var from = command.From ?? "";
        if (!(await access.LedgerHoldersOfAsync(caller, sid, ct)).Contains(from, StringComparer.Ordinal))
        {
            return Refusal.With("not-your-holding", $"You may propose transfers only from your own fund units; \"{from}\" is not yours in scheme {sid}.", ("holder", from));
        }
        if (await access.ResolveRecipientAsync(scheme, command.To, ct) is not { } to)
        {
            var named = command.To ?? "";
            return Refusal.With("unknown-recipient", $"to: \"{named}\" is not a register owner, the developer or a registered holder of scheme {sid} (give a holder's id or name, or the owner as the register writes them).", ("holder", named));
        }
        if (command.Id == Guid.Empty)
        {
            return new Refusal("bad-id", "id: the zero id cannot name a transfer; send a random 128-bit id or none.");
        }
        var note = command.Note?.Trim() ?? "";
        if (TransferRules.CheckNote("note", note) is { } longNote)
        {
            return longNote;
        }
        var id = command.Id ?? Guid.NewGuid();
        var credit = new AccountRef(to, Asset.Units);
        await store.Ledger.OpenAccountsAsync(sid, [credit], ct);
        var request = new TransferRequest(id, sid, new AccountRef(from, Asset.Units), credit, command.Units, TransferCode.Transfer,
            EntryKind.Pending, Expires: clock.GetUtcNow() + Lifetime, AuthorizedBy: caller.Name,
            Metadata: TransferView.ProposalMetadata(caller.Name, note));
        var outcome = await store.Ledger.SubmitAsync([request], ct);
        if (outcome.Refusal is { Code: "id-reused" } reused)
        {
            // A retry carries a new expiry, so the ledger sees different content: answer it from the
            // journal when it asks for the same move, else the id really was used for something else.
            var earlier = await transfers.FindAnyAsync(id, ct);
            return earlier is not null && earlier.Scheme == sid.Value && earlier.From == from && earlier.To == to && earlier.Units == command.Units
                ? Result<Proposed>.Done(new Proposed(earlier, false))
                : reused;
        }
        if (outcome.Refusal is { } r)
        {
            return r;
        }
        var view = await transfers.FindAnyAsync(id, ct) ?? throw new InvalidOperationException($"Transfer {id} was written but cannot be read back.");
        return Result<Proposed>.Done(new Proposed(view, !outcome.Results![0].Replayed));
    }
}
