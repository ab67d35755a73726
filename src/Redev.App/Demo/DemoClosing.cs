using System.Globalization;
using Redev.App.Allocation;
using Redev.App.Building;
using Redev.App.Completion;
using Redev.App.Schemes;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;

namespace Redev.App.Demo;

/// <summary>
/// The demo's third scheme, <c>demo-closed</c>: the demo building taken the whole way, through the same use
/// cases staff and owners use — vested, built (four certified milestones), completed and valued, its new
/// building's flats chosen in a lottery, three taken in kind, the rest sold, the proceeds paid by the
/// waterfall the notary approved, and closed with every holder's final statement. Its story runs on a clock
/// of its own that ends before today (docs/demo.md).
/// </summary>
public sealed class DemoClosing(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public static readonly SchemeId Id = SchemeId.Parse("demo-closed");

    public const string Name = "30 Sample Street, Yau Ma Tei (fictional, closed)";

    private static readonly Caller Convener = new("convener", Role.Convener);
    private static readonly Caller Notary = new("notary", Role.Notary);
    private static readonly Caller Certifier = new("certifier", Role.Certifier);

    /// <summary>
    /// The new building: floors 3 to 19, a 560 sq ft flat A and a 430 sq ft flat B on each, at HK$15,000 a
    /// sq ft plus HK$100 a floor; the three appraisals 2% either side of the middle one (docs/demo.md).
    /// </summary>
    public static string NewFlats()
    {
        var csv = new System.Text.StringBuilder("flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3\n");
        for (var floor = 3; floor <= 19; floor++)
        {
            foreach (var (side, area) in new[] { ("A", 560), ("B", 430) })
            {
                var value = area * (15_000L + 100 * floor) / 10_000 * 10_000;
                csv.Append(CultureInfo.InvariantCulture, $"{floor}{side},{floor},{area},{value * 98 / 100},{value},{value * 102 / 100}\n");
            }
        }
        return csv.ToString();
    }

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var story = new DemoStoryClock(clock.GetUtcNow().AddDays(-60));
        var app = new RedevApp(store, notary, story);
        var id = Id.Value;
        string Day(int plus = 0) => Scheme.HongKongDate(story.GetUtcNow()).AddDays(plus).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = Scheme.HongKongDate(story.GetUtcNow());
        var schedule = string.Join("; ", DemoData.Schedule(start).Milestones.Select(m =>
            $"{m.Name} | {(m.ShareBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture)} | {m.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));

        Check(await app.CreateScheme.RunAsync(Convener, new CreateSchemeCommand(id, Name, 1962), ct));
        Check(await app.ImportRegister.RunAsync(Convener, ImportRegisterCommand.FromText(id, "demo-register.csv", DemoData.RegisterCsvText()), ct));
        Check(await app.SetTerms.RunAsync(Convener, new SetTermsCommand(id, new TermsText("equity", "10", "shares", "168000000", "150000000", Milestones: schedule)), ct));
        var scheme = Check(await app.Schemes.GetAsync(Convener, id, ct));
        foreach (var owner in scheme.Register!.Owners.Where(o => !DemoData.HoldOuts.Contains(o)))
        {
            Check(await app.Consent.GiveAsync(Convener, new ConsentCommand(id, owner), ct));
        }
        Check(await app.Advance.RunAsync(Convener, new AdvanceCommand(id, "enrolling", Day(60), KnownNotes.DemoApplicationsIn.Text), ct));
        Check(await app.Advance.RunAsync(Convener, new AdvanceCommand(id, "vested", null, KnownNotes.DemoThresholdMet.Text), ct));
        Check(await app.DepositEscrow.RunAsync(Notary, new DepositCommand(id, "150000000", "DEMO-BOC-0003"), ct));
        Check(await app.Advance.RunAsync(Convener, new AdvanceCommand(id, "building", null, KnownNotes.DemoEscrowFunded.Text), ct));
        for (var m = 1; m <= 4; m++)
        {
            story.Advance(TimeSpan.FromDays(1));
            Check(await app.CertifyMilestone.RunAsync(Certifier, new CertifyCommand(id, m.ToString(CultureInfo.InvariantCulture), Hash($"demo-closed milestone {m}"), "Demo Builders Ltd"), ct));
        }
        foreach (var (firm, value) in new[] { ("Demo Surveyors A", "262000000"), ("Demo Surveyors B", "268000000"), ("Demo Surveyors C", "275000000") })
        {
            Check(await app.RecordAppraisal.RunAsync(Certifier, new AppraisalCommand(id, Day(), firm, value, Hash("completion " + firm)), ct));
        }
        Check(await app.AdoptValuation.RunAsync(Certifier, new AdoptCommand(id, Day()), ct));
        Check(await app.Advance.RunAsync(Convener, new AdvanceCommand(id, "completed", null, KnownNotes.DemoOccupationPermit.Text), ct));
        Check(await app.ImportNewBuilding.RunAsync(Convener, NewBuildingCommand.FromText(id, "demo-new-building.csv", NewFlats()), ct));
        Check(await app.OpenChoiceWindow.RunAsync(Convener, new OpenWindowCommand(id, Day(21), "cash"), ct));
        var positions = Check(await app.Completion.RunAsync(Convener, id, ct)).Positions;
        // The three largest holdings free of any mortgage ask for flats; everyone else takes the default, cash.
        foreach (var p in positions.Where(p => p.Units > 0 && p.PledgedUnits == 0 && !p.Holder.StartsWith('@'))
                     .OrderByDescending(p => p.Units).ThenBy(p => p.Holder, StringComparer.Ordinal).Take(3))
        {
            Check(await app.MakeChoice.RunAsync(Convener, new ChooseCommand(id, p.Holder, "flat"), ct));
        }
        story.Advance(TimeSpan.FromDays(22));
        var closed = Check(await app.CloseChoiceWindow.RunAsync(Convener, id, ct));
        var picks = new[] { "12A", "8B", "5A" };
        foreach (var (holder, i) in closed.Order.Select((h, i) => (h, i)))
        {
            Check(await app.TakeFlat.RunAsync(Convener, new TakeFlatCommand(id, holder, picks[i], $"DEMO-TOPUP-{i + 1}"), ct));
        }
        story.Advance(TimeSpan.FromDays(14));
        var view = Check(await app.Completion.RunAsync(Convener, id, ct));
        foreach (var (flat, i) in view.Flats.Where(f => f.Status == "available").Select((f, i) => (f, i)))
        {
            // Sold near their appraisals, a little above or below, with 2% selling costs.
            var price = flat.ValueCents / 100 + (i % 2 == 0 ? 150_000 : -90_000);
            var costs = price / 50;
            Check(await app.DisposeFlat.RunAsync(Convener, new DisposeFlatCommand(id, flat.Flat, false, price.ToString(CultureInfo.InvariantCulture),
                costs.ToString(CultureInfo.InvariantCulture), $"Demo buyer {i + 1}", $"DEMO-SALE-{flat.Flat}"), ct));
        }
        story.Advance(TimeSpan.FromDays(7));
        var proposed = Check(await app.ProposePayout.RunAsync(Convener, new PayoutCommand(id, "sale", FeeRate: "0.005", Creditors: ["Demo & Co (solicitors)=380000"]), ct));
        Check(await app.ApprovePayout.RunAsync(Notary, new ApprovePayoutCommand(id, proposed.Key, proposed.BatchSha256), ct));
        Check(await app.Advance.RunAsync(Convener, new AdvanceCommand(id, "distributed", null, KnownNotes.DemoUnitsSettled.Text), ct));
        story.Advance(TimeSpan.FromDays(3));
        Check(await app.CloseScheme.RunAsync(Convener, new CloseCommand(id), ct));
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static T Check<T>(Result<T> r) => r.Succeeded ? r.Value! : throw new InvalidOperationException($"The demo broke a rule: {r.Refusal}");
}
