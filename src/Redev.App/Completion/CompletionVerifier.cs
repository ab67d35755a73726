using Redev.Statements;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The completion stage's invariants, checked by <c>ledger verify</c> from the journal and the completion
/// records (docs/completion.md): every payout recorded as paid is in the journal exactly as the notary
/// approved it (the same batch SHA-256); every cash payment out of escrow after completion belongs to a paid
/// payout, an expense or the closing residue; every unit cancelled belongs to a flat taken or a payout; and
/// a closed scheme has no unit outstanding and no cash left.
/// </summary>
internal static class CompletionVerifier
{
    public static async Task<IReadOnlyList<string>> VerifyAsync(RedevStore store, Scheme scheme, CancellationToken ct)
    {
        var problems = new List<string>();
        if (scheme.State < SchemeState.Completed)
        {
            return problems;
        }
        var facts = await CompletionFacts.LoadAsync(store, scheme, DateTimeOffset.UtcNow, ct);
        var entries = await store.Journal.EntriesAsync(scheme.Id, null, ct);
        var withStep = entries.Select(e => (Entry: e, Meta: EntryNotes.Read(e.Metadata))).Where(x => x.Meta.Step is not null).ToArray();
        foreach (var (key, payout) in facts.Paid)
        {
            var batch = withStep.Where(x => x.Meta.Round == key || (payout.Kind == "income" && x.Meta.Step is "income" or "management-fee" && "income-" + x.Meta.Year == key))
                .Select(x => new TransferRequest(x.Entry.Id, scheme.Id, x.Entry.Debit, x.Entry.Credit, x.Entry.Amount, x.Entry.Code, x.Entry.Kind,
                    x.Entry.PendingId, x.Entry.Expires, x.Entry.AuthorizedBy, x.Entry.Metadata)).ToArray();
            if (PayoutPlanner.Digest(batch) != payout.BatchSha256)
            {
                problems.Add($"scheme {scheme.Id}: payout {key} in the journal does not hash to the batch the notary approved ({payout.BatchSha256[..12]}…).");
            }
        }
        foreach (var (e, meta) in withStep.Where(x => x.Entry.Debit == AccountRef.Escrow && x.Entry.Code is TransferCode.Distribution or TransferCode.Payment))
        {
            var known = meta.Step is "expense" or "residue" || (meta.Round is { } round && facts.Paid.ContainsKey(round))
                || (meta.Step is "income" or "management-fee" && facts.Paid.ContainsKey("income-" + meta.Year));
            if (!known)
            {
                problems.Add($"scheme {scheme.Id}: entry {e.Seq} pays {e.Amount} cents out of escrow with no approved payout behind it.");
            }
        }
        foreach (var e in entries.Where(e => e.Credit == AccountRef.Redemption && e.Code == TransferCode.Redeem))
        {
            var meta = EntryNotes.Read(e.Metadata);
            var known = (meta.Step == "flat" && meta.Flat is { } flat && facts.Taken.TryGetValue(flat, out var t) && t.Units == e.Amount && t.Holder == e.Debit.Holder)
                || (meta.Step == "sale" && meta.Round is { } round && facts.Paid.ContainsKey(round));
            if (!known)
            {
                problems.Add($"scheme {scheme.Id}: entry {e.Seq} cancels {e.Amount} units with no flat taken or payout behind it.");
            }
        }
        if (scheme.State == SchemeState.Closed && (facts.UnitsOutstanding != 0 || facts.Escrow.Value != 0))
        {
            problems.Add($"scheme {scheme.Id} is closed with {facts.UnitsOutstanding} units outstanding and {facts.Escrow} in escrow.");
        }
        return problems;
    }
}
