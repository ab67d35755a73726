using Redev.Completion;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener records the pick of the holder whose turn it is in the lottery order, from the holder's
/// signed selection form (docs/completion.md). In one ledger batch the holder's units are cancelled with the
/// flat named and any top-up is paid into escrow; a refund is owed and paid first by the next payout. A holder
/// may pass instead and is then paid in cash. Pledged units cannot become a flat until the mortgagee releases them.
/// </summary>
public sealed class TakeFlat(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<TakenRecord?>> RunAsync(Caller caller, TakeFlatCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "record flat picks");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Completed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        if (facts.Window is not { IsClosed: true } window)
        {
            return new Refusal("choice-window-open", $"Scheme {facts.Scheme.Id}: flats are picked after the choice window closes and the lottery order is published.");
        }
        var holder = command.Holder?.Trim() ?? "";
        var flatName = command.Flat?.Trim() ?? "";
        if (facts.Taken.Values.FirstOrDefault(t => t.Holder == holder) is { } done)
        {
            return done.Flat == flatName ? Result<TakenRecord?>.Done(done)
                : Refusal.With("already-picked", $"{holder} already took flat {done.Flat}; one flat per holder.", ("holder", holder), ("flat", done.Flat));
        }
        if (facts.OnTurn is not { } turn)
        {
            return new Refusal("no-pick-due", $"Scheme {facts.Scheme.Id}: nobody is waiting to pick (every holder who chose a flat has picked or passed, or no flat is left).");
        }
        if (turn.Holder != holder)
        {
            return Refusal.With("not-your-turn", $"It is {turn.Holder}'s turn to pick, not {holder}'s: holders pick in the published lottery order.",
                ("holder", holder), ("turn", turn.Holder));
        }
        if (command.Pass)
        {
            await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Passed, holder, CompletionJson.Write(new { holder }), now, caller.Name, notary.Key, ct: ct);
            return Result<TakenRecord?>.Done(null);
        }
        if (facts.Flats.FirstOrDefault(f => string.Equals(f.Flat, flatName, StringComparison.OrdinalIgnoreCase)) is not { } flat)
        {
            return Refusal.With("unknown-flat", $"flat: \"{flatName}\" is not a flat of the new building's register.", ("flat", flatName));
        }
        if (!facts.Available.Contains(flat))
        {
            return Refusal.With("flat-taken", $"Flat {flat.Flat} is no longer available.", ("flat", flat.Flat));
        }
        if (turn.PledgedUnits > 0)
        {
            return Refusal.With("units-pledged", $"{holder} has {turn.PledgedUnits} units pledged to a mortgagee; the mortgagee releases them before they become a flat, or the holder passes and is paid (to the mortgagee) in cash.",
                ("holder", holder));
        }
        var take = FlatTake.Price(holder, flat, turn.Units, window.NavPerUnit);
        var reference = command.BankReference?.Trim() ?? "";
        if (take.TopUp.Value > 0 && (reference.Length is 0 or > 64 || reference.Any(char.IsControl)))
        {
            return Refusal.With("top-up-needed", $"Flat {flat.Flat} ({take.FlatValue}) is worth {take.TopUp} more than {holder}'s units ({take.UnitsValue}); give the bank reference of the top-up paid into escrow.",
                ("topUp", take.TopUp.ToString()));
        }
        var posted = await store.Ledger.SubmitAsync(CompletionTransfers.TakeFlat(facts.Scheme.Id, take, reference), ct);
        if (!posted.Succeeded)
        {
            return posted.Refusal!;
        }
        var record = new TakenRecord(holder, flat.Flat, take.Units, take.UnitsValue.Value, take.FlatValue.Value, take.TopUp.Value, take.Refund.Value, reference);
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Taken, flat.Flat, CompletionJson.Write(record), now, caller.Name, notary.Key, ct: ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        return Result<TakenRecord?>.Done(record);
    }
}
