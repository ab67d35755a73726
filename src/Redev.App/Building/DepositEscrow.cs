using Redev.Building;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The notary records cash the developer paid into a scheme's escrow, against the bank's reference
/// (docs/building.md). The reference names the deposit: the same reference again replays it, so a
/// deposit typed twice is never counted twice. Deposits stop at the committed cost.
/// </summary>
public sealed class DepositEscrow(RedevStore store, TimeProvider clock)
{
    /// <summary>Longest bank reference, in characters.</summary>
    public const int MaxReferenceLength = 64;

    public async Task<Result<EscrowDeposited>> RunAsync(Caller caller, DepositCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "record escrow deposits (only the notary does)");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        if (!Cents.TryParseHkd(command.Amount, out var amount) || amount.Value <= 0)
        {
            return Refusal.With("bad-amount", $"amount: \"{command.Amount}\" is not a positive HKD amount with at most 2 decimals.", ("field", "amount"));
        }
        var reference = command.BankReference?.Trim() ?? "";
        if (reference.Length is 0 or > MaxReferenceLength || reference.Any(char.IsControl))
        {
            return Refusal.With("bad-bank-reference", $"bankReference: give the bank's reference for the deposit, 1 to {MaxReferenceLength} characters.", ("field", "bankReference"));
        }
        if (scheme.State is not (SchemeState.Vested or SchemeState.Building))
        {
            return Refusal.With("escrow-closed", $"Scheme {scheme.Id} is {scheme.State}; escrow deposits are recorded after vesting and while building.", ("state", scheme.State.ToString()));
        }
        var facts = await BuildingFacts.LoadAsync(store, scheme, clock.GetUtcNow(), ct);
        var transfer = BuildingTransfers.Deposit(scheme.Id, amount, reference);
        var repeat = (await store.Journal.EntriesAsync(scheme.Id, SystemAccounts.Escrow, ct)).Any(e => e.Id == transfer.Id);
        if (!repeat && facts.Deposited + amount > facts.Committed)
        {
            return Refusal.With("deposit-exceeds-commitment",
                $"amount: {amount} would bring escrow deposits to {facts.Deposited + amount}, above the developer's committed {facts.Committed}.",
                ("committed", facts.Committed.ToString()), ("deposited", facts.Deposited.ToString()));
        }
        var outcome = await store.Ledger.SubmitAsync([transfer], ct);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal!;
        }
        var after = await BuildingFacts.LoadAsync(store, scheme, clock.GetUtcNow(), ct);
        return Result<EscrowDeposited>.Done(new EscrowDeposited(scheme.Id.Value, amount, reference, after.Deposited, after.Committed, outcome.Results![0].Replayed));
    }
}
