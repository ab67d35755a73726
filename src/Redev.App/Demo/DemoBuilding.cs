using Redev.App.Building;
using Redev.App.Schemes;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Ledger;

namespace Redev.App.Demo;

/// <summary>
/// The demo's second scheme, <c>demo-build</c>: the demo building again, vested and building, with the
/// developer's whole cost in escrow, two of its four milestones certified (half the cost, so the developer
/// holds exactly half its units) and one valuation adopted. Every step after vesting goes through the same
/// use cases the notary and the certifier use.
/// </summary>
public sealed class DemoBuilding(RedevApp app, RedevStore store, TimeProvider clock)
{
    public static readonly SchemeId Id = SchemeId.Parse("demo-build");

    public const string Name = "20 Sample Road, Mong Kok (fictional, building)";

    /// <summary>The demo's certifier acts as this caller, as the web's demo sign-in <c>certifier</c> would.</summary>
    private static readonly Caller Certifier = new("certifier", Role.Certifier);
    private static readonly Caller Notary = new("notary", Role.Notary);
    private static readonly Caller Convener = new("convener", Role.Convener);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = Scheme.HongKongDate(now);
        var scheme = new Scheme(Id, Name, DemoData.Facts, now);
        await store.Schemes.CreateAsync(scheme, ct);
        await Step(s => s.ImportRegister(DemoData.Register()));
        // Begun a month ago in the story: the first milestone falls due next month, so both certified ones are on time.
        await Step(s => s.SetTerms(DemoData.Equity(), DemoData.Schedule(today.AddMonths(-8))));
        foreach (var owner in scheme.Register!.Owners.Where(o => !DemoData.HoldOuts.Contains(o)))
        {
            await Step(s => s.AddConsent(owner, now));
        }
        await Step(s => s.Advance(SchemeState.Enrolling, now, ThresholdTable.Cap545, today.AddDays(120), KnownNotes.DemoApplicationsIn.Text));
        await Step(s => s.Advance(SchemeState.Vested, now, ThresholdTable.Cap545, note: KnownNotes.DemoThresholdMet.Text));
        Check((await Vesting.IssueAsync(store, scheme, ct)).Refusal);
        Check((await app.DepositEscrow.RunAsync(Notary, new DepositCommand(Id.Value, DemoData.ConstructionCost.ToDecimalString(), "DEMO-HSBC-0001"), ct)).Refusal);
        Check((await app.Advance.RunAsync(Convener, new AdvanceCommand(Id.Value, "building", null, KnownNotes.DemoEscrowFunded.Text), ct)).Refusal);
        Check((await app.CertifyMilestone.RunAsync(Certifier, new CertifyCommand(Id.Value, "1", Hash("demo foundations certificate"), "Demo Builders Ltd"), ct)).Refusal);
        Check((await app.CertifyMilestone.RunAsync(Certifier, new CertifyCommand(Id.Value, "2", Hash("demo superstructure certificate"), "Demo Builders Ltd"), ct)).Refusal);
        var on = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (firm, value) in new[] { ("Demo Surveyors A", "238000000"), ("Demo Surveyors B", "245000000"), ("Demo Surveyors C", "251000000") })
        {
            Check((await app.RecordAppraisal.RunAsync(Certifier, new AppraisalCommand(Id.Value, on, firm, value, Hash(firm)), ct)).Refusal);
        }
        Check((await app.AdoptValuation.RunAsync(Certifier, new AdoptCommand(Id.Value, on), ct)).Refusal);

        async Task Step(Func<Scheme, Refusal?> change)
        {
            var version = scheme.Version;
            Check(change(scheme));
            await store.Schemes.SaveAsync(scheme, version, ct);
        }
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static void Check(Refusal? r)
    {
        if (r is not null)
        {
            throw new InvalidOperationException($"The demo broke a rule: {r}");
        }
    }
}
