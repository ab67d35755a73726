using Redev.App;
using System.CommandLine;
using Redev.Allocation;
using Redev.Cli.Allocation;
using Redev.Cli.Ledger;
using Redev.Cli.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Ledger;
using Spectre.Console;

namespace Redev.Cli.Demo;

/// <summary>
/// <c>redev demo</c>: takes the demo tenement through import, consents, threshold, vesting and
/// allocation under both policies, storing every step so the result can be inspected afterwards.
/// </summary>
public static class DemoCommand
{
    public static Command Build(CliIO io)
    {
        var db = Options.Db();
        var c = new Command("demo", "Run the demo scheme end to end and leave it in the store.");
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return await RunAsync(io, app, ct);
        });
        return c;
    }

    public static async Task<int> RunAsync(CliIO io, RedevApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(app);
        var seeded = await app.Demo.RunAsync(Caller.Operator, ct);
        if (!seeded.Succeeded)
        {
            return io.Refuse(seeded.Refusal);
        }
        var run = seeded.Value;
        var scheme = run.Scheme;
        var register = scheme.Register!;
        var c = io.Console;

        c.Write(new Rule("1. The building and its register"));
        c.WriteLine($"{scheme.Name}: built {scheme.Facts.CompletionYear}, {register.Flats.Count(f => !f.IsCommon)} units " +
                    $"(2 shops, 32 flats, one let as an office), {register.Owners.Count} owners, {register.CountableShares(register.Lots[0])} undivided shares held by owners.");
        SchemeView.Thresholds(io, scheme);

        c.Write(new Rule("2. Applications: enrolment opens at 40% of shares"));
        foreach (var p in run.AtOpening)
        {
            c.WriteLine($"Lot {p.Lot}: {p.PercentForDisplay:0.00}% of shares had applied ({p.ConsentedShares}/{p.CountableShares}), so enrolment opened.");
        }
        c.WriteLine($"Enrolment open until {scheme.EnrolmentDeadline:yyyy-MM-dd}.");

        c.Write(new Rule("3. Consents until the threshold"));
        SchemeView.Progress(io, scheme);
        c.WriteLine("5/F Flat C does not count: one of its three co-owners (TANG Suk Fong) has not consented.");

        c.Write(new Rule("4. Vesting"));
        c.WriteLine($"Scheme {scheme.Id} is {scheme.State}. Hold-outs ({string.Join(", ", run.HoldOuts)}) are bought out in cash; " +
                    "their share of units is issued at the same price to whoever pays that cash (\"hold-out buy-out\").");

        c.Write(new Rule("5. What everyone receives"));
        var participants = scheme.Consents.Select(x => x.Owner).ToHashSet(StringComparer.Ordinal);
        foreach (var terms in new[] { DemoData.Equity(), DemoData.CostInKind() })
        {
            var result = Allocator.Allocate(register, terms, out var refusal, participants)
                         ?? throw new InvalidOperationException(refusal?.Message);
            var title = terms.Policy == AllocationPolicy.Equity
                ? $"Equity: site {terms.OwnersBase} + construction {terms.DeveloperValue} at {terms.IssuePrice} per unit"
                : $"Cost-in-kind: post value {terms.OwnersBase} less common burden {terms.DeveloperValue}";
            AllocationView.Table(io, result, title);
        }
        c.Write(new Rule("6. The ledger: issued units, verified, and one owner's receipt"));
        var report = (await app.Ledger.VerifyAsync(Caller.Operator, null, ct)).Value!;
        c.WriteLine(report.Ok
            ? $"Ledger verified: {report.Entries} entries, every hash and balance checks out. (Developer units are issued per certified milestone, not at vesting.)"
            : $"Ledger verification FAILED: {report.Problems[0]}");
        var receipt = await app.Receipt.RunAsync(Caller.Operator, scheme.Id.Value, DemoData.ReceiptHolder, ct);
        if (!receipt.Succeeded)
        {
            return io.Refuse(receipt.Refusal);
        }
        ReceiptView.Print(io, receipt.Value, null);

        c.Write(new Rule("7. Building: a second scheme, demo-build, two milestones in"));
        var building = (await app.Building.RunAsync(Caller.Operator, Redev.App.Demo.DemoBuilding.Id.Value, ct)).Value!;
        c.WriteLine($"{building.Name}: {building.Milestones.Count(m => m.Certified)} of {building.Milestones.Count} milestones certified; " +
                    $"escrow holds {building.Escrow} of the developer's {building.Committed}; the developer holds {building.DeveloperUnitsHeld:N0} of its {building.DeveloperUnitsTotal:N0} units.");
        if (building.Nav.Current is { } nav)
        {
            c.WriteLine($"NAV per unit {nav.PerUnitCents} (valued {building.Nav.ValuedOn:yyyy-MM-dd}, issue price {building.Nav.IssuePrice}). Try: redev milestone list --scheme demo-build; redev nav --scheme demo-build.");
        }

        c.Write(new Rule("8. The market cycle: is the market stabilising?"));
        await DemoMarkets.PrintAsync(io, ct);

        var db = app.Location.Kind == StoreKind.Sqlite ? $" --db {app.Location.Target}" : "";
        c.WriteLine($"Stored in {app.Location}. Try: redev scheme show --scheme {scheme.Id}{db}; redev ledger verify{db}; " +
                    $"redev ledger receipt --scheme {scheme.Id} --holder \"{DemoData.ReceiptHolder}\"{db}");
        return report.Ok ? ExitCodes.Ok : ExitCodes.Refused;
    }
}
