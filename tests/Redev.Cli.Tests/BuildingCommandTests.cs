using System.Text.Json;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary>The building stage at the command line, on the demo's <c>demo-build</c> scheme.</summary>
public class BuildingCommandTests
{
    private static readonly string Evidence = new('c', 64);

    private static async Task<string> DemoAsync()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        return db;
    }

    private static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Fact]
    public async Task Milestone_list_shows_the_demo_buildings_two_certified_milestones_and_half_the_developers_units()
    {
        var db = await DemoAsync();

        var json = await JsonAsync("milestone", "list", "--scheme", "demo-build", "--json", "--db", db);

        Assert.Equal("demo-build", json.GetProperty("scheme").GetString());
        Assert.Equal(15_000_000, json.GetProperty("developerUnitsTotal").GetInt64());
        var milestones = json.GetProperty("milestones").EnumerateArray().ToArray();
        Assert.Equal([20m, 30m, 25m, 25m], milestones.Select(m => m.GetProperty("shareOfCost").GetDecimal()));
        Assert.Equal([true, true, false, false], milestones.Select(m => m.GetProperty("certified").GetBoolean()));
        Assert.Equal([3_000_000L, 4_500_000L, 0L, 0L], milestones.Select(m => m.GetProperty("developerUnitsIssued").GetInt64()));
        Assert.Equal("Occupation permit", milestones[^1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nav_gives_the_adopted_value_escrow_and_units_and_their_history()
    {
        var db = await DemoAsync();

        var json = await JsonAsync("nav", "--scheme", "demo-build", "--json", "--db", db);

        Assert.Equal(1008, json.GetProperty("navPerUnitCents").GetInt64());
        Assert.Equal(24_300_000, json.GetProperty("unitsOutstanding").GetInt64());
        Assert.Equal(7_500_000_000, json.GetProperty("escrowCents").GetInt64());
        Assert.Equal(24_500_000_000, json.GetProperty("adoptedValueCents").GetInt64());
        Assert.Equal(1, json.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task A_scheme_with_no_valuation_has_no_nav_only_its_issue_price()
    {
        var db = await DemoAsync();

        var run = await CliRun.RunAsync("nav", "--scheme", "demo-tkt", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No valuation adopted yet", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certifying_the_next_milestone_draws_from_escrow_issues_its_units_and_keeps_the_ledger_verifiable()
    {
        var db = await DemoAsync();

        var run = await CliRun.RunAsync("milestone", "certify", "--scheme", "demo-build", "--milestone", "3", "--evidence", Evidence, "--payee", "Demo Builders Ltd", "--db", db);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("3,750,000 units issued to the developer", run.Out, StringComparison.Ordinal);
        var escrow = await JsonAsync("escrow", "balance", "--scheme", "demo-build", "--json", "--db", db);
        Assert.Equal(3_750_000_000, escrow.GetProperty("escrowCents").GetInt64());
        Assert.Equal(0, (await CliRun.RunAsync("ledger", "verify", "--db", db)).ExitCode);
    }

    [Fact]
    public async Task Certifying_out_of_order_is_refused_and_moves_nothing()
    {
        var db = await DemoAsync();

        var run = await CliRun.RunAsync("milestone", "certify", "--scheme", "demo-build", "--milestone", "4", "--evidence", Evidence, "--payee", "X", "--db", db);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("milestone 3", run.Err, StringComparison.OrdinalIgnoreCase);
        var escrow = await JsonAsync("escrow", "balance", "--scheme", "demo-build", "--json", "--db", db);
        Assert.Equal(7_500_000_000, escrow.GetProperty("escrowCents").GetInt64());
    }

    [Fact]
    public async Task A_deposit_of_nothing_is_bad_input()
    {
        var db = await DemoAsync();

        var run = await CliRun.RunAsync("escrow", "deposit", "--scheme", "demo-tkt", "--amount", "0", "--bank-ref", "R1", "--db", db);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("amount", run.Err, StringComparison.Ordinal);
    }
}
