using System.Diagnostics;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// A request queued for the ledger's single writer, and the caller's promise of its outcome. The
/// cases are closed (the constructor is private to this type): the writer's handling of each is one
/// switch, in <see cref="ApplyTo"/>, and a new case is a deliberate change here, not a subclass elsewhere.
/// </summary>
internal abstract class WriteOp
{
    private WriteOp()
    {
    }

    /// <summary>Completed by the writer once the commit that took the request is durable (or has failed).</summary>
    public TaskCompletionSource<BatchOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A linked batch of transfers, with each request's digest computed before it was queued.</summary>
    public sealed class Post(IReadOnlyList<TransferRequest> batch, IReadOnlyList<byte[]> digests) : WriteOp
    {
        public IReadOnlyList<TransferRequest> Batch { get; } = batch;
        public IReadOnlyList<byte[]> Digests { get; } = digests;
    }

    /// <summary>Accounts to open for a scheme (existing ones are left alone).</summary>
    public sealed class OpenAccounts(SchemeId scheme, IReadOnlyList<AccountRef> accounts) : WriteOp
    {
        public SchemeId Scheme { get; } = scheme;
        public IReadOnlyList<AccountRef> Accounts { get; } = accounts;
    }

    /// <summary>Nothing but a commit: expired pendings are voided and the book is brought up to date.</summary>
    public sealed class Sweep : WriteOp;

    /// <summary>How much of a commit's transfer budget the request takes.</summary>
    public int Weight => this is Post p ? p.Batch.Count : 1;

    /// <summary>Applies the request to a draft; a refused batch leaves the draft as it was.</summary>
    public BatchOutcome ApplyTo(LedgerDraft draft)
    {
        switch (this)
        {
            case Post p:
                var results = draft.TryApply(p.Batch, p.Digests, out var refusal);
                return new BatchOutcome(results, refusal);
            case OpenAccounts o:
                draft.OpenAccounts(o.Scheme, o.Accounts);
                return new BatchOutcome([], null);
            case Sweep:
                return new BatchOutcome([], null);
            default:
                throw new UnreachableException($"A write request of an unknown kind: {GetType().Name}.");
        }
    }
}
