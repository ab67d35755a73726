using System.Globalization;
using Redev.Completion;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener records an expense of the income fund paid out of its cash (docs/completion.md), named by a
/// reference so it is never counted twice; it is deducted from the net income of the Hong Kong year it is paid in.
/// </summary>
public sealed class RecordExpense(RedevStore store, TimeProvider clock)
{
    public async Task<Result<Cents>> RunAsync(Caller caller, ExpenseCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "record expenses");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (CompletionInput.Name("reference", command.Reference, out var reference) is { } badReference)
        {
            return badReference;
        }
        if (CompletionInput.Amount("amount", command.Amount, false, out var amount) is { } badAmount)
        {
            return badAmount;
        }
        if (CompletionInput.Name("payee", command.Payee, out var payee) is { } badPayee)
        {
            return badPayee;
        }
        if (CompletionInput.Name("what", command.What, out var what) is { } badWhat)
        {
            return badWhat;
        }
        var year = Scheme.HongKongDate(now).Year.ToString(CultureInfo.InvariantCulture);
        var posted = await store.Ledger.SubmitAsync([CompletionTransfers.Expense(facts.Scheme.Id, reference, amount, payee, what, year)], ct);
        return posted.Succeeded ? Result<Cents>.Done(amount) : posted.Refusal!;
    }
}
