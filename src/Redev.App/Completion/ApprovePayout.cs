using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The notary approves a proposed payout (docs/completion.md). The payout is worked out again from today's
/// facts with the proposal's inputs; only if its batch has the SHA-256 the convener proposed and the notary
/// saw is it written — every payment and every unit cancelled in one ledger batch — then recorded as paid
/// and signed into a checkpoint.
/// </summary>
public sealed class ApprovePayout(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<PayoutRecord>> RunAsync(Caller caller, ApprovePayoutCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "approve payouts (only the notary does)");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        var key = command.Key?.Trim() ?? "";
        if (facts.Paid.TryGetValue(key, out var paid))
        {
            return Result<PayoutRecord>.Done(paid);
        }
        if (!facts.Proposed.TryGetValue(key, out var proposed))
        {
            return Refusal.With("no-payout", $"Scheme {facts.Scheme.Id} has no proposed payout {key}.", ("key", key));
        }
        if (!string.Equals(command.BatchSha256?.Trim(), proposed.BatchSha256, StringComparison.OrdinalIgnoreCase))
        {
            return Refusal.With("payout-mismatch", $"batchSha256: the approval must repeat the proposal's batch hash {proposed.BatchSha256}, which the notary checked.", ("field", "batchSha256"));
        }
        var plan = await PayoutPlanner.PlanAsync(store, facts, proposed with { BatchSha256 = "", Lines = [] }, Scheme.HongKongDate(now), ct);
        if (!plan.Succeeded)
        {
            return plan.Refusal!;
        }
        if (plan.Value!.Record.BatchSha256 != proposed.BatchSha256)
        {
            return Refusal.With("payout-stale", $"Payout {key} no longer matches its proposal: units or cash moved since. The convener proposes it again.", ("key", key));
        }
        if (plan.Value.Batch.Count > 0)
        {
            var posted = await store.Ledger.SubmitAsync(plan.Value.Batch, ct);
            if (!posted.Succeeded)
            {
                return posted.Refusal!;
            }
        }
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Payout, key, CompletionJson.Write(proposed), now, caller.Name, notary.Key, ct: ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        return Result<PayoutRecord>.Done(proposed);
    }
}
