using System.Security.Cryptography;
using System.Text;
using Redev.Ledger;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>
/// The notary approves (posts) or rejects (voids, with a reason) a proposed transfer. Decision entries
/// get ids derived from the proposal's, so a repeated decision is answered from the ledger instead of acting twice.
/// </summary>
public sealed class DecideTransfer(RedevStore store, ReadTransfers transfers, NotarySeal notary, TimeProvider clock)
{
    public Task<Result<TransferView>> ApproveAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        DecideAsync(caller, id, EntryKind.PostPending, "", ct);

    public Task<Result<TransferView>> RejectAsync(Caller caller, Guid id, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult<Result<TransferView>>(new Refusal("bad-input", "reason: a rejection needs a reason the owner can read."));
        }
        if (TransferRules.CheckNote("reason", reason) is { } longReason)
        {
            return Task.FromResult<Result<TransferView>>(longReason);
        }
        return DecideAsync(caller, id, EntryKind.VoidPending, TransferView.RejectionMetadata(reason.Trim()), ct);
    }

    private async Task<Result<TransferView>> DecideAsync(Caller caller, Guid id, EntryKind kind, string metadata, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var verb = kind == EntryKind.PostPending ? "approve" : "reject";
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, $"{verb} transfers (only the notary decides them)");
        }
        if (await store.Ledger.PendingAsync(id, ct) is { } p)
        {
            var decision = new TransferRequest(DecisionId(id, kind), p.Scheme, p.Debit, p.Credit, p.Amount, p.Code, kind, id,
                AuthorizedBy: caller.Name, Metadata: metadata);
            var outcome = await store.Ledger.SubmitAsync([decision], ct);
            if (outcome.Refusal is { } r)
            {
                return r;
            }
            // The notary's decision is also when they sign: both parties' receipts then cover it.
            await store.Checkpoints.SignAsync(p.Scheme, notary.Key, clock.GetUtcNow(), ct);
        }
        var view = await transfers.FindAnyAsync(id, ct);
        return view switch
        {
            null => Refusal.With("no-transfer", $"There is no proposed transfer {id}.", ("transfer", id.ToString())),
            { Status: TransferView.Approved } when kind == EntryKind.PostPending => Result<TransferView>.Done(view),
            { Status: TransferView.Rejected } when kind == EntryKind.VoidPending => Result<TransferView>.Done(view),
            { Status: TransferView.Expired } => new Refusal("pending-expired", $"Transfer {id} expired on {view.Expires:u} before anyone decided it; the owner may propose it again."),
            _ => new Refusal("already-decided", $"Transfer {id} is already {view.Status}; it cannot be {verb}d now."),
        };
    }

    /// <summary>The id of the entry that approves or rejects a proposal: fixed by the proposal, so a decision is written once.</summary>
    public static Guid DecisionId(Guid pending, EntryKind kind)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"redev-decision:{kind}:{pending:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
