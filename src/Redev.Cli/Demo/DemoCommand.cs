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
            await using var store = await StoreAccess.OpenAsync(parse.GetValue(db), ct);
            return await RunAsync(io, store, ct);
        });
        return c;
    }

    public static async Task<int> RunAsync(CliIO io, RedevStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(store);
        if (await DemoSeeder.ExistsAsync(store, ct))
        {
            return io.Refuse(new Refusal("demo-exists", $"The demo scheme {DemoData.Id} is already in {store.Database.Location}; use another --db to run it again."));
        }
        var run = await DemoSeeder.SeedAsync(store, io.Now, ct);
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
        var report = await LedgerVerifier.VerifyAsync(store.Database, ct);
        c.WriteLine(report.Ok
            ? $"Ledger verified: {report.Entries} entries, every hash and balance checks out. (Developer units are issued per certified milestone, not at vesting.)"
            : $"Ledger verification FAILED: {report.Problems[0]}");
        using (var notary = NotaryKey.LoadOrCreate(NotaryKey.DefaultPath(store.Database.Location)))
        {
            // The notary signs a checkpoint after vesting (the receipt reads it; reading signs nothing).
            await store.Checkpoints.SignAsync(scheme.Id, notary, io.Now, ct);
            var outcome = await store.Journal.ReceiptAsync(scheme.Id, DemoData.ReceiptHolder, ct);
            ReceiptView.Print(io, outcome.Receipt ?? throw new InvalidOperationException($"The demo's receipt was refused: {outcome.Refusal}"), null);
        }

        c.Write(new Rule("7. The market cycle: is the market stabilising?"));
        await DemoMarkets.PrintAsync(io, ct);

        var db = store.Database.Kind == StoreKind.Sqlite ? $" --db {store.Database.Location.Target}" : "";
        c.WriteLine($"Stored in {store.Database.Location}. Try: redev scheme show --scheme {scheme.Id}{db}; redev ledger verify{db}; " +
                    $"redev ledger receipt --scheme {scheme.Id} --holder \"{DemoData.ReceiptHolder}\"{db}");
        return report.Ok ? ExitCodes.Ok : ExitCodes.Refused;
    }
}
