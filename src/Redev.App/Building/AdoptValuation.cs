using Redev.Building;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The certifier adopts a date's valuation by the three-appraiser rule (docs/building.md): at least three
/// appraisals, spread at most 20%, median adopted. The NAV it sets (with escrow, liabilities and units as they
/// stand) is stored as a point of the NAV history, the report hashes go into the audit record, and the
/// notary's checkpoint signs it.
/// </summary>
public sealed class AdoptValuation(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<AdoptedValuation>> RunAsync(Caller caller, AdoptCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Certifier))
        {
            return AppRefusals.Forbidden(caller, "adopt valuations (only the independent certifier does)");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var now = clock.GetUtcNow();
        if (!ValuationDates.TryParse(command.Date, Scheme.HongKongDate(now), out var date, out var dateRefusal))
        {
            return dateRefusal!;
        }
        var facts = await BuildingFacts.LoadAsync(store, scheme, now, ct);
        if (facts.Valuations.FirstOrDefault(v => v.ValuedOn == date) is { } adopted)
        {
            return Result<AdoptedValuation>.Done(adopted);
        }
        if (facts.LastValuation is { } last && last.ValuedOn > date)
        {
            return Refusal.With("bad-date", $"date: a valuation of {last.ValuedOn:yyyy-MM-dd} is already adopted; the NAV history only moves forward.", ("field", "date"));
        }
        var round = (await store.Building.AppraisalsAsync(scheme.Id, ct)).Where(a => a.ValuedOn == date).ToArray();
        if (ValuationRound.Adopt(round, out var refusal) is not { } value)
        {
            return refusal!;
        }
        if (facts.UnitsOutstanding <= 0)
        {
            return Refusal.With("no-units", $"Scheme {scheme.Id} has no units outstanding, so there is no NAV per unit to set.");
        }
        var nav = new NetAssetValue(value, facts.Escrow, facts.Liabilities, facts.UnitsOutstanding);
        var valuation = new AdoptedValuation(date, nav, now, caller.Name);
        if (!await store.Building.AdoptAsync(scheme.Id, valuation, round, notary.Key, ct))
        {
            return Result<AdoptedValuation>.Done((await store.Building.ValuationsAsync(scheme.Id, ct)).First(v => v.ValuedOn == date));
        }
        await store.Checkpoints.SignAsync(scheme.Id, notary.Key, now, ct);
        return Result<AdoptedValuation>.Done(valuation);
    }
}
