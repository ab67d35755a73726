using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;

namespace Redev.Web.Ledger;

/// <summary>What an owner proposes: units of <see cref="From"/> (one of theirs) to <see cref="To"/>.</summary>
/// <param name="Id">The client's 128-bit id, so that a retried request does not propose twice; new if absent.</param>
public sealed record ProposeInput(Guid? Id, string? Scheme, string? From, string? To, long Units, string? Note);

/// <summary>The result of a transfer action: the transfer, or why not (a refusal, or a forbidden act).</summary>
public sealed record TransferOutcome(TransferView? Transfer, Refusal? Refusal, bool Forbidden = false, bool Created = false);

/// <summary>
/// Off-market transfers as two-phase ledger entries: a proposal is a pending transfer (the units
/// are reserved, not moved) that expires after <see cref="Lifetime"/>; the notary posts it
/// (approve) or voids it with a reason (reject). Decision entries get ids derived from the
/// proposal's, so a repeated approve or reject is answered from the ledger instead of acting twice.
/// </summary>
public sealed class TransferService(RedevStore store, LedgerHolders holders, AccessRules access, NotarySigner notary, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public async Task<TransferOutcome> ProposeAsync(ClaimsPrincipal user, ProposeInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!SchemeId.TryParse(input.Scheme, out var sid) || await store.Schemes.GetAsync(sid, ct) is not { } scheme)
        {
            return new(null, new Refusal("no-scheme", $"scheme: there is no scheme \"{input.Scheme}\"."));
        }
        var from = input.From ?? "";
        if (!(await holders.OfAsync(user, sid, ct)).Contains(from, StringComparer.Ordinal))
        {
            access.LogRefused(user, $"propose a transfer from \"{from}\" in scheme {sid}");
            return new(null, null, Forbidden: true);
        }
        var to = input.To ?? "";
        if (!(await holders.RecipientsAsync(scheme, ct)).Contains(to, StringComparer.Ordinal))
        {
            return new(null, new Refusal("unknown-recipient", $"to: \"{to}\" is not a register owner, the developer or an investor account of scheme {sid}."));
        }
        if (input.Id == Guid.Empty)
        {
            return new(null, new Refusal("bad-id", "id: the zero id cannot name a transfer; send a random 128-bit id or none."));
        }
        var id = input.Id ?? Guid.NewGuid();
        var credit = new AccountRef(to, Asset.Units);
        await store.Ledger.OpenAccountsAsync(sid, [credit], ct);
        var request = new TransferRequest(id, sid, new AccountRef(from, Asset.Units), credit, input.Units, TransferCode.Transfer,
            EntryKind.Pending, Expires: clock.GetUtcNow() + Lifetime, AuthorizedBy: user.Identity?.Name ?? "",
            Metadata: TransferView.ProposalMetadata(user.Identity?.Name ?? "", input.Note?.Trim() ?? ""));
        var outcome = await store.Ledger.SubmitAsync([request], ct);
        if (outcome.Refusal is { Code: "id-reused" } reused)
        {
            // A retry carries a new expiry, so the ledger sees different content: answer it from the
            // journal when it asks for the same move, else the id really was used for something else.
            var earlier = await FindAsync(id, ct);
            return earlier is not null && earlier.Scheme == sid.Value && earlier.From == from && earlier.To == to && earlier.Units == input.Units
                ? new(earlier, null)
                : new(null, reused);
        }
        if (outcome.Refusal is { } r)
        {
            return new(null, r);
        }
        return new(await FindAsync(id, ct), null, Created: !outcome.Results![0].Replayed);
    }

    public Task<TransferOutcome> ApproveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        DecideAsync(user, id, EntryKind.PostPending, "", ct);

    public Task<TransferOutcome> RejectAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(new TransferOutcome(null, new Refusal("bad-input", "reason: a rejection needs a reason the owner can read.")))
            : DecideAsync(user, id, EntryKind.VoidPending, TransferView.RejectionMetadata(reason.Trim()), ct);

    private async Task<TransferOutcome> DecideAsync(ClaimsPrincipal user, Guid id, EntryKind kind, string metadata, CancellationToken ct)
    {
        var verb = kind == EntryKind.PostPending ? "approve" : "reject";
        if (AccessRules.RoleOf(user) != Roles.Notary)
        {
            access.LogRefused(user, $"{verb} transfer {id} (only the notary decides transfers)");
            return new(null, null, Forbidden: true);
        }
        if (await store.Ledger.PendingAsync(id, ct) is { } p)
        {
            var decision = new TransferRequest(DecisionId(id, kind), p.Scheme, p.Debit, p.Credit, p.Amount, p.Code, kind, id,
                AuthorizedBy: user.Identity?.Name ?? "", Metadata: metadata);
            var outcome = await store.Ledger.SubmitAsync([decision], ct);
            if (outcome.Refusal is { } r)
            {
                return new(null, r);
            }
            // The notary's decision is also when they sign: the parties' receipts then cover it
            // (reading a receipt never signs one).
            await store.Checkpoints.SignAsync(p.Scheme, notary.Key, clock.GetUtcNow(), ct);
        }
        var view = await FindAsync(id, ct);
        return view switch
        {
            null => new(null, new Refusal("no-transfer", $"There is no proposed transfer {id}.")),
            { Status: TransferView.Approved } when kind == EntryKind.PostPending => new(view, null),
            { Status: TransferView.Rejected } when kind == EntryKind.VoidPending => new(view, null),
            { Status: TransferView.Expired } => new(null, new Refusal("pending-expired", $"Transfer {id} expired on {view.Expires:u} before anyone decided it; the owner may propose it again.")),
            _ => new(null, new Refusal("already-decided", $"Transfer {id} is already {view.Status}; it cannot be {verb}d now.")),
        };
    }

    /// <summary>The transfers the user may see: the notary all of them, a holder those from or to them.</summary>
    public async Task<IReadOnlyList<TransferView>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = AccessRules.RoleOf(user) == Roles.Notary;
        var list = new List<TransferView>();
        foreach (var s in await LiveSchemesAsync(ct))
        {
            if (all)
            {
                list.AddRange(TransferView.Read(await store.Journal.EntriesAsync(s, null, ct), clock.GetUtcNow()));
                continue;
            }
            foreach (var h in await holders.OfAsync(user, s, ct))
            {
                list.AddRange(TransferView.Read(await store.Journal.EntriesAsync(s, h, ct), clock.GetUtcNow()));
            }
        }
        return list.DistinctBy(t => t.Id).OrderByDescending(t => t.ProposedAt).ToArray();
    }

    /// <summary>One transfer, looked up in every scheme that can hold one.</summary>
    public async Task<TransferView?> FindAsync(Guid id, CancellationToken ct = default)
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

    public async Task<IReadOnlyList<SchemeId>> LiveSchemesAsync(CancellationToken ct = default) =>
        (await store.Schemes.ListAsync(ct)).Where(s => TransferRules.AllowsTransfers(s.State)).Select(s => s.Id).ToArray();

    /// <summary>The id of the entry that approves or rejects a proposal: fixed by the proposal, so a decision is written once.</summary>
    public static Guid DecisionId(Guid pending, EntryKind kind)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"redev-decision:{kind}:{pending:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
