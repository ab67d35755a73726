using Redev.Building;
using Redev.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The building stage's invariants, checked by <c>ledger verify</c> from the journal and the certifier's records
/// (docs/building.md): escrow never below zero at any entry; every draw from escrow is a certification's, for
/// its amount; the developer's units are issued only by certifications, each the schedule's piece, never more
/// than the terms give and exactly the terms' number once every milestone is certified.
/// </summary>
internal static class BuildingVerifier
{
    public static async Task<IReadOnlyList<string>> VerifyAsync(RedevStore store, Scheme scheme, CancellationToken ct)
    {
        var problems = new List<string>();
        var entries = await store.Journal.EntriesAsync(scheme.Id, null, ct);
        var certifications = await store.Building.CertificationsAsync(scheme.Id, ct);
        var byDraw = certifications.ToDictionary(c => BuildingTransfers.IdFor(scheme.Id, "draw", c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var byUnits = certifications.ToDictionary(c => BuildingTransfers.IdFor(scheme.Id, "developer-units", c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        long escrow = 0;
        long developerUnits = 0;
        var seenDraws = new HashSet<int>();
        foreach (var e in entries)
        {
            var (debit, credit) = AccountBalance.Effect(e.Kind, e.Amount);
            if (e.Debit == AccountRef.Escrow || e.Credit == AccountRef.Escrow)
            {
                escrow += e.Debit == AccountRef.Escrow ? debit.Balance : credit.Balance;
                if (escrow < 0)
                {
                    problems.Add($"scheme {scheme.Id}: escrow is below zero ({escrow} cents) after entry {e.Seq}.");
                }
            }
            if (e.Code == TransferCode.Draw)
            {
                if (!byDraw.TryGetValue(e.Id, out var c) || c.Draw.Value != e.Amount || e.Debit != AccountRef.Escrow)
                {
                    problems.Add($"scheme {scheme.Id}: entry {e.Seq} draws {e.Amount} cents from escrow with no certification of that amount.");
                }
                else
                {
                    seenDraws.Add(c.Number);
                }
            }
            if (e.Credit == new AccountRef(LedgerHolders.Developer, Asset.Units) && e.Code == TransferCode.Issue)
            {
                developerUnits += e.Amount;
                if (!byUnits.TryGetValue(e.Id, out var c) || c.DeveloperUnits != e.Amount)
                {
                    problems.Add($"scheme {scheme.Id}: entry {e.Seq} issues {e.Amount} units to the developer with no certification of that number.");
                }
            }
        }
        foreach (var c in certifications.Where(c => c.Draw.Value > 0 && !seenDraws.Contains(c.Number)))
        {
            problems.Add($"scheme {scheme.Id}: milestone {c.Number} is certified but its draw of {c.Draw.Value} cents is not in the journal.");
        }
        if (scheme.Schedule is { } schedule && scheme.State != SchemeState.Draft)
        {
            var facts = await BuildingFacts.LoadAsync(store, scheme, DateTimeOffset.UtcNow, ct);
            foreach (var c in certifications.Where(c => c.DeveloperUnits != schedule.Piece(facts.DeveloperUnitsTotal, c.Number) || c.Draw.Value != schedule.Piece(facts.Committed.Value, c.Number)))
            {
                problems.Add($"scheme {scheme.Id}: milestone {c.Number}'s certification does not match the schedule's piece of the developer's units or the committed cost.");
            }
            if (developerUnits > facts.DeveloperUnitsTotal)
            {
                problems.Add($"scheme {scheme.Id}: the developer was issued {developerUnits} units, more than the {facts.DeveloperUnitsTotal} of the terms.");
            }
            if (certifications.Count == schedule.Milestones.Count && developerUnits != facts.DeveloperUnitsTotal)
            {
                problems.Add($"scheme {scheme.Id}: every milestone is certified but the developer holds {developerUnits} issued units, not the {facts.DeveloperUnitsTotal} of the terms.");
            }
        }
        return problems;
    }
}
