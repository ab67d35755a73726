using Redev.Holders;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Accounts;
using Redev.Store.Demo;

namespace Redev.App.Demo;

/// <summary>
/// Seeds the demo: the vested demo scheme (every step through the guarded domain methods), the draft copy
/// where consents can still be tried, and for the web the demo sign-ins, their holders and the notary's links.
/// </summary>
public sealed class DemoSetup(RedevStore store, NotarySeal notary, TimeProvider clock, DemoBuilding building, DemoClosing closing)
{
    /// <summary>The draft demo scheme, where consents can still be given and the convener can open enrolment.</summary>
    public static readonly SchemeId DraftId = SchemeId.Parse("demo-draft");

    public const string DraftName = "12 Sample Lane, Sham Shui Po (fictional, draft)";

    public Task<bool> ExistsAsync(CancellationToken ct = default) => DemoSeeder.ExistsAsync(store, ct);

    /// <summary>The demo scheme taken to vesting with its units issued (convener or operator).</summary>
    public async Task<Result<DemoRun>> RunAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "seed the demo");
        }
        if (await DemoSeeder.ExistsAsync(store, ct))
        {
            return Refusal.With("demo-exists", $"The demo scheme {DemoData.Id} is already in {store.Database.Location}; use another store to run it again.", ("location", store.Database.Location.ToString()));
        }
        var run = await DemoSeeder.SeedAsync(store, clock.GetUtcNow(), ct);
        await store.ComparisonTerms.SaveAsync(DemoData.Id.Value, DemoData.CostInKind(), ct);
        // The notary signs a checkpoint after vesting, so that every holder can take a receipt at once.
        await store.Checkpoints.SignAsync(DemoData.Id, notary.Key, clock.GetUtcNow(), ct);
        await building.SeedAsync(ct);
        await closing.SeedAsync(ct);
        return Result<DemoRun>.Done(run);
    }

    /// <summary>A second copy of the demo building still in draft, with half its shares applied, leaving <paramref name="keepOut"/> to try the consent form.</summary>
    public async Task SeedDraftAsync(IReadOnlySet<string> keepOut, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keepOut);
        var now = clock.GetUtcNow();
        var scheme = new Scheme(DraftId, DraftName, DemoData.Facts, now);
        await store.Schemes.CreateAsync(scheme, ct);
        var version = scheme.Version;
        Check(scheme.ImportRegister(DemoData.Register()));
        Check(scheme.SetTerms(DemoData.Equity(), DemoData.Schedule(Scheme.HongKongDate(now))));
        foreach (var owner in scheme.Register!.Owners.Where(o => !keepOut.Contains(o) && !DemoData.HoldOuts.Contains(o)))
        {
            if (scheme.Progress().All(p => p.Reaches(50)))
            {
                break;
            }
            Check(scheme.AddConsent(owner, now));
        }
        await store.Schemes.SaveAsync(scheme, version, ct);
        await store.ComparisonTerms.SaveAsync(DraftId.Value, DemoData.CostInKind(), ct);

        static void Check(Refusal? r)
        {
            if (r is not null)
            {
                throw new InvalidOperationException($"The demo broke a rule: {r}");
            }
        }
    }

    /// <summary>
    /// The demo sign-ins (each password hashed by <paramref name="hash"/>), a holder for each that holds,
    /// and the notary's link of each demo owner's holder to its register owner in both demo schemes.
    /// Accounts that exist already are left as they are.
    /// </summary>
    public async Task SeedAccountsAsync(IEnumerable<DemoAccount> accounts, Func<string, string> hash, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(hash);
        var now = clock.GetUtcNow();
        foreach (var a in accounts)
        {
            if (!await store.Users.CreateAsync(new UserAccount(a.UserName, a.DisplayName, a.Role.Name(), hash(a.Password), 0, null, now), ct))
            {
                continue;
            }
            if (a.HolderId is null)
            {
                continue;
            }
            var holderId = HolderId.Parse(a.HolderId);
            await store.Holders.CreateAsync(new Holder(holderId, HolderKind.Person, a.DisplayName, a.NameChinese ?? "", now), a.UserName, ct);
            if (a.Owner is null)
            {
                continue;
            }
            foreach (var id in new[] { DemoData.Id, DraftId, DemoBuilding.Id, DemoClosing.Id })
            {
                if (await store.Schemes.GetAsync(id, ct) is { Register: { } r } && r.OwnsAny(a.Owner))
                {
                    await store.Holders.LinkAsync(new OwnerLink(id, a.Owner, holderId, IdentityDocument.Hkid, now, "notary", now), notary.Key, ct);
                    await store.Checkpoints.SignAsync(id, notary.Key, now, ct);
                }
            }
        }
    }
}
