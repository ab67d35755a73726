using Redev.Schemes;
using Redev.Store.Ledger;

namespace Redev.Store.Demo;

/// <summary>
/// Takes the demo tenement through import, applications, opening, consents and vesting, saving
/// every step through the same guarded methods a convener uses, so the demo can never show a
/// state the rules would not allow.
/// </summary>
public static class DemoSeeder
{
    /// <summary>Whether the demo scheme is already in <paramref name="store"/>.</summary>
    public static async Task<bool> ExistsAsync(RedevStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.Schemes.GetAsync(DemoData.Id, ct) is not null;
    }

    public static async Task<DemoRun> SeedAsync(RedevStore store, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var scheme = new Scheme(DemoData.Id, DemoData.Name, DemoData.Facts, now);
        await store.Schemes.CreateAsync(scheme, ct);
        var register = DemoData.Register();
        await Step(s => s.ImportRegister(register));
        await Step(s => s.SetTerms(DemoData.Equity(), DemoData.Schedule(Scheme.HongKongDate(now))));

        var owners = register.Owners.Where(o => !DemoData.HoldOuts.Contains(o)).ToArray();
        var early = owners.Take(owners.Length / 2).ToArray();
        foreach (var o in early)
        {
            await Step(s => s.AddConsent(o, now));
        }
        var atOpening = scheme.Progress();
        await Step(s => s.Advance(SchemeState.Enrolling, now, ThresholdTable.Cap545, Scheme.HongKongDate(now).AddDays(120), KnownNotes.DemoEnrolmentOpened.Text));
        foreach (var o in owners.Skip(early.Length))
        {
            await Step(s => s.AddConsent(o, now));
        }
        await Step(s => s.Advance(SchemeState.Vested, now, ThresholdTable.Cap545, note: KnownNotes.DemoThresholdMet.Text));
        var issued = await Vesting.IssueAsync(store, scheme, ct);
        if (!issued.Succeeded)
        {
            throw new InvalidOperationException($"The demo could not issue its units: {issued.Refusal}");
        }
        return new DemoRun(scheme, atOpening, DemoData.HoldOuts.Order(StringComparer.Ordinal).ToArray());

        async Task Step(Func<Scheme, Refusal?> change)
        {
            var version = scheme.Version;
            if (change(scheme) is { } r)
            {
                throw new InvalidOperationException($"The demo broke a rule: {r}");
            }
            await store.Schemes.SaveAsync(scheme, version, ct);
        }
    }
}
