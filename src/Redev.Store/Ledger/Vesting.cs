using Redev.Allocation;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// Issues a vested scheme's units through the ledger. Safe to run again: the transfers have
/// deterministic ids, so a second run (after a crash between vesting and issuing) replays.
/// </summary>
public static class Vesting
{
    public static async Task<BatchOutcome> IssueAsync(RedevStore store, Scheme scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheme);
        if (!TransferRules.AllowsTransfers(scheme.State))
        {
            return new BatchOutcome(null, new Refusal("scheme-state", $"Scheme {scheme.Id} is {scheme.State}; units are issued at vesting."));
        }
        if (scheme.Terms is null || scheme.Register is null)
        {
            return new BatchOutcome(null, new Refusal("no-terms", $"Scheme {scheme.Id} has no register or terms to allocate by."));
        }
        var participants = scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        var allocation = Allocator.Allocate(scheme.Register, scheme.Terms, out var refusal, participants);
        if (allocation is null)
        {
            return new BatchOutcome(null, refusal);
        }
        var plan = VestingIssue.Plan(scheme, allocation);
        await store.Ledger.OpenAccountsAsync(scheme.Id, plan.Accounts, ct);
        return await store.Ledger.SubmitAsync(plan.Transfers, ct);
    }
}
