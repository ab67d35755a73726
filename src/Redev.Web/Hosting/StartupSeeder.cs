using Redev.Allocation;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Web.Accounts;
using Redev.Web.Allocation;
using Redev.Web.Ledger;

namespace Redev.Web.Hosting;

/// <summary>
/// On start: brings the web tables up to date and, in a store without the demo, seeds it: the demo
/// scheme from <c>redev demo</c> (vested), a second copy still in draft so that consents and the
/// lifecycle can be tried, the demo users of each role, and the notary's links of the two demo owners.
/// </summary>
public sealed class StartupSeeder(RedevStore store, AccountStore accounts, ComparisonTermsStore comparisons, NotarySigner notary, TimeProvider clock, ILogger<StartupSeeder> log)
    : IHostedService
{
    /// <summary>The draft demo scheme, where consents can still be given and the convener can open enrolment.</summary>
    public static readonly SchemeId DraftId = SchemeId.Parse("demo-draft");

    public const string DraftName = "12 Sample Lane, Sham Shui Po (fictional, draft)";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Migrations.ApplyAsync(store.Database, WebMigrations.All, cancellationToken);
        var now = clock.GetUtcNow();
        if (!await DemoSeeder.ExistsAsync(store, cancellationToken))
        {
            await DemoSeeder.SeedAsync(store, now, cancellationToken);
            await comparisons.SaveAsync(DemoData.Id.Value, DemoData.CostInKind(), cancellationToken);
            await SeedDraftAsync(now, cancellationToken);
            log.Seeded(store.Database.Location.ToString());
        }
        await SeedUsersAsync(now, cancellationToken);
        PrintDemoUsers();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedDraftAsync(DateTimeOffset now, CancellationToken ct)
    {
        var scheme = new Scheme(DraftId, DraftName, DemoData.Facts, now);
        await store.Schemes.CreateAsync(scheme, ct);
        var version = scheme.Version;
        Check(scheme.ImportRegister(DemoData.Register()));
        Check(scheme.SetTerms(DemoData.Equity()));
        // Enough applications (half the shares) that the convener may open enrolment; the two demo
        // owner accounts have not applied yet, so they can try the consent form themselves.
        var demoOwners = DemoUsers.All.Select(u => u.Owner).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var owner in scheme.Register!.Owners.Where(o => !demoOwners.Contains(o) && !DemoData.HoldOuts.Contains(o)))
        {
            if (scheme.Progress().All(p => p.Reaches(50)))
            {
                break;
            }
            Check(scheme.AddConsent(owner, now));
        }
        await store.Schemes.SaveAsync(scheme, version, ct);
        await comparisons.SaveAsync(DraftId.Value, DemoData.CostInKind(), ct);

        static void Check(Refusal? r)
        {
            if (r is not null)
            {
                throw new InvalidOperationException($"The web demo broke a rule: {r}");
            }
        }
    }

    private async Task SeedUsersAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var u in DemoUsers.All)
        {
            if (!await accounts.CreateAsync(new WebUser(u.UserName, u.DisplayName, u.Role, SignInService.Hash(u.Password), 0, null, now), ct))
            {
                continue;
            }
            if (u.Owner is null)
            {
                continue;
            }
            foreach (var id in new[] { DemoData.Id, DraftId })
            {
                if (await store.Schemes.GetAsync(id, ct) is { Register: { } r } && r.OwnsAny(u.Owner))
                {
                    await accounts.LinkOwnerAsync(new OwnerLink(id.Value, u.Owner, u.UserName, "notary", now), notary.Key, ct);
                }
            }
        }
    }

    private static void PrintDemoUsers()
    {
        Console.WriteLine("Demo users (user name / password / role):");
        foreach (var u in DemoUsers.All)
        {
            Console.WriteLine($"  {u.UserName,-10} {u.Password,-22} {u.Role}{(u.Owner is null ? "" : $" (linked to register owner \"{u.Owner}\")")}");
        }
    }
}
