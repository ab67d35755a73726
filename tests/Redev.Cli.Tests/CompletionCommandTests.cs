using System.Text.Json;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary>The completion stage at the command line, on the demo's <c>demo-closed</c> and <c>demo-build</c> schemes.</summary>
public class CompletionCommandTests
{
    private static async Task<string> DemoAsync()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        return db;
    }

    [Fact]
    public async Task The_demo_closes_a_scheme_with_no_unit_outstanding_no_cash_left_and_a_final_statement_per_holder()
    {
        var db = await DemoAsync();

        var show = await CliRun.RunAsync("completion", "show", "--scheme", "demo-closed", "--json", "--db", db);
        var verify = await CliRun.RunAsync("ledger", "verify", "--db", db);

        Assert.True(show.ExitCode == 0, show.Err);
        var json = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal("closed", json.GetProperty("state").GetString());
        Assert.Equal(0, json.GetProperty("unitsOutstanding").GetInt64());
        Assert.Equal(0, json.GetProperty("escrowCents").GetInt64());
        Assert.Equal(3, json.GetProperty("flats").EnumerateArray().Count(f => f.GetProperty("status").GetString() == "taken"));
        Assert.Equal(json.GetProperty("positions").GetArrayLength(), json.GetProperty("statements").GetArrayLength());
        var paid = json.GetProperty("paid").EnumerateArray().Single();
        Assert.Equal(paid.GetProperty("amountCents").GetInt64(), paid.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("cents").GetInt64()));
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Err);
    }

    [Fact]
    public async Task The_published_seed_recomputes_the_pick_order_with_the_lottery_command()
    {
        var db = await DemoAsync();
        var json = JsonDocument.Parse((await CliRun.RunAsync("completion", "show", "--scheme", "demo-closed", "--json", "--db", db)).Out).RootElement;
        var seed = json.GetProperty("seed").GetString()!;
        var pickers = json.GetProperty("positions").EnumerateArray().Where(p => p.GetProperty("lotteryPlace").ValueKind == JsonValueKind.Number)
            .OrderBy(p => p.GetProperty("lotteryPlace").GetInt32()).Select(p => p.GetProperty("holder").GetString()!).ToArray();
        var file = Path.Combine(Path.GetTempPath(), $"pickers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "holder,units\n" + string.Join("\n", pickers.Reverse().Select(p => $"\"{p}\",1")) + "\n");

        var order = await CliRun.RunAsync("lottery", "order", "--seed", seed, "--commitment", json.GetProperty("commitment").GetString()!, "--holdings", file, "--json");

        Assert.True(order.ExitCode == 0, order.Err);
        Assert.Equal(pickers, JsonDocument.Parse(order.Out).RootElement.GetProperty("order").EnumerateArray().Select(o => o.GetProperty("holder").GetString()));
    }

    [Fact]
    public async Task A_bad_new_building_register_exits_2_naming_each_line_and_stores_nothing()
    {
        var db = await DemoAsync();
        var file = Path.Combine(Path.GetTempPath(), $"flats-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3\n1A,1,500,1,1,1\n1B,1,-5,1,1,1\n");

        var run = await CliRun.RunAsync("completion", "flats", "--scheme", "demo-closed", "--file", file, "--db", db);
        var notCompleted = await CliRun.RunAsync("completion", "window-open", "--scheme", "demo-build", "--deadline", "2099-01-01", "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:3: saleable_area_sqft", run.Err + run.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, notCompleted.ExitCode);
        Assert.Contains("not-completed", notCompleted.Err + notCompleted.Out, StringComparison.Ordinal);
    }
}
