using Redev.Completion;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener decides what becomes of a flat nobody took (docs/completion.md): kept by the income fund
/// (only while holders stay in it, and only up to the value of their units at the completion NAV, so the
/// holders paid in cash are not left the worse), or sold, its price paid into escrow in the same step.
/// Flats are disposed of only once every pick is made.
/// </summary>
public sealed class DisposeFlat(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<string>> RunAsync(Caller caller, DisposeFlatCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "keep or sell flats");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed, SchemeState.Operating);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is not { IsClosed: true } window)
        {
            return new Refusal("choice-window-open", $"Scheme {facts.Scheme.Id}: flats are kept or sold after the choice window closes.");
        }
        if (facts.OnTurn is { } turn)
        {
            return Refusal.With("picks-unfinished", $"Scheme {facts.Scheme.Id}: {turn.Holder} has still to pick; flats are kept or sold after every pick.", ("holder", turn.Holder));
        }
        var name = command.Flat?.Trim() ?? "";
        if (facts.Flats.FirstOrDefault(f => string.Equals(f.Flat, name, StringComparison.OrdinalIgnoreCase)) is not { } flat)
        {
            return Refusal.With("unknown-flat", $"flat: \"{name}\" is not a flat of the new building's register.", ("flat", name));
        }
        // An income fund that is winding up sells the flats it kept.
        var windingUp = facts.Scheme.State == SchemeState.Operating && facts.Kept.ContainsKey(flat.Flat);
        if (facts.Sold.TryGetValue(flat.Flat, out var sold))
        {
            return command.Keep ? Refusal.With("flat-taken", $"Flat {flat.Flat} is sold.", ("flat", flat.Flat)) : Result<string>.Done($"sold:{sold.PriceCents}");
        }
        if (!facts.Available.Contains(flat) && !windingUp)
        {
            return facts.Kept.ContainsKey(flat.Flat) && command.Keep ? Result<string>.Done("kept")
                : Refusal.With("flat-taken", $"Flat {flat.Flat} is no longer available.", ("flat", flat.Flat));
        }
        if (command.Keep)
        {
            var incomeValue = Cents.RoundFromDollars(window.NavPerUnit * Rational.FromInteger(facts.IncomeHolders.Sum(p => p.Units)));
            var kept = new Cents(facts.Kept.Values.Sum(k => k.ValueCents));
            if (kept + flat.Value > incomeValue)
            {
                return Refusal.With("keep-exceeds-share", $"Keeping flat {flat.Flat} ({flat.Value}) would give the income fund {kept + flat.Value} of flats, more than its holders' units are worth ({incomeValue}).",
                    ("value", incomeValue.ToString()));
            }
            await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Kept, flat.Flat, CompletionJson.Write(new KeptRecord(flat.Flat, flat.Value.Value)), now, caller.Name, notary.Key, ct: ct);
            return Result<string>.Done("kept");
        }
        if (CompletionInput.Amount("price", command.Price, false, out var price) is { } badPrice)
        {
            return badPrice;
        }
        if (CompletionInput.Amount("costs", string.IsNullOrWhiteSpace(command.Costs) ? "0" : command.Costs, true, out var costs) is { } badCosts)
        {
            return badCosts;
        }
        if (costs > price)
        {
            return Refusal.With("bad-amount", $"costs: {costs} exceed the price {price}.", ("field", "costs"));
        }
        if (CompletionInput.Name("buyer", command.Buyer, out var buyer) is { } badBuyer)
        {
            return badBuyer;
        }
        if (CompletionInput.Name("bankReference", command.BankReference, out var reference) is { } badReference)
        {
            return badReference;
        }
        var posted = await store.Ledger.SubmitAsync([CompletionTransfers.Sale(facts.Scheme.Id, flat.Flat, price, buyer, reference)], ct);
        if (!posted.Succeeded)
        {
            return posted.Refusal!;
        }
        var record = new SoldRecord(flat.Flat, price.Value, costs.Value, buyer, reference);
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Sold, flat.Flat, CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        return Result<string>.Done($"sold:{price.Value}");
    }
}
