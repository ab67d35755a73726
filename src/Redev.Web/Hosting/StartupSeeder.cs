using Redev.App;
using Redev.Web.Accounts;

namespace Redev.Web.Hosting;

/// <summary>
/// On start, in a store without the demo, seeds it through the application layer: the demo scheme from
/// <c>redev demo</c> (vested), a second copy still in draft so that consents and the lifecycle can be
/// tried, the demo users of each role with their holders, and the notary's links of the two demo owners.
/// </summary>
public sealed class StartupSeeder(RedevApp app, ILogger<StartupSeeder> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await app.Demo.ExistsAsync(cancellationToken))
        {
            var run = await app.Demo.RunAsync(Caller.Operator, cancellationToken);
            if (!run.Succeeded)
            {
                throw new InvalidOperationException($"The web demo could not be seeded: {run.Refusal}");
            }
            var demoOwners = DemoUsers.All.Select(u => u.Owner).OfType<string>().ToHashSet(StringComparer.Ordinal);
            await app.Demo.SeedDraftAsync(demoOwners, cancellationToken);
            log.Seeded("the demo schemes");
        }
        await app.Demo.SeedAccountsAsync(DemoUsers.All, SignInService.Hash, cancellationToken);
        PrintDemoUsers();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void PrintDemoUsers()
    {
        Console.WriteLine("Demo users (user name / password / role):");
        foreach (var u in DemoUsers.All)
        {
            Console.WriteLine($"  {u.UserName,-10} {u.Password,-22} {u.Role.Name()}{(u.Owner is null ? "" : $" (linked to register owner \"{u.Owner}\")")}");
        }
    }
}
