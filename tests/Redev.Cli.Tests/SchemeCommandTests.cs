using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary>The convener's journey through the CLI, on SQLite and on PostgreSQL.</summary>
public class SchemeCommandTests
{
    private const string Good = """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use
        1/F,40,400,A,1,,,residential
        2/F,30,400,B,1/2,,,residential
        2/F,30,400,C,1/2,,,residential
        3/F,20,400,D,1,,,residential
        """;

    private static string Write(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reg-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    private static async Task<string> NewSchemeAsync(StoreKind kind)
    {
        var location = await TestStores.FreshAsync(kind);
        var run = await CliRun.RunAsync("scheme", "create", "--scheme", "tkt-1", "--name", "1 Test St", "--completion-year", "1962", "--db", location.Target);
        Assert.Equal(0, run.ExitCode);
        return location.Target;
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_bad_register_is_reported_by_line_and_leaves_the_store_unchanged(StoreKind kind)
    {
        var db = await NewSchemeAsync(kind);
        Assert.Equal(0, (await CliRun.RunAsync("register", "import", "--scheme", "tkt-1", "--file", Write(Good), "--db", db)).ExitCode);
        await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
        var before = await Snapshot.TakeAsync(store.Database);

        var bad = Write(Good.Replace("3/F,20,400,D,1", "3/F,-30,400,D,1", StringComparison.Ordinal).Replace("2/F,30,400,C,1/2", "2/F,30,400,C,1/3", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("register", "import", "--scheme", "tkt-1", "--file", bad, "--db", db);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{bad}:4: owner_fraction: fractions of flat 2/F sum to 5/6, not 1", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{bad}:5: undivided_shares: must be a positive whole number (got \"-30\")", run.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot.TakeAsync(store.Database));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_convener_takes_a_scheme_from_draft_to_vested(StoreKind kind)
    {
        var db = await NewSchemeAsync(kind);
        async Task Ok(params string[] args)
        {
            var r = await CliRun.RunAsync([.. args, "--db", db]);
            Assert.True(r.ExitCode == 0, $"{string.Join(' ', args)} failed: {r.Err}");
        }
        await Ok("register", "import", "--scheme", "tkt-1", "--file", Write(Good));
        await Ok("scheme", "terms", "--scheme", "tkt-1", "--policy", "equity", "--site-value", "1,300,000", "--construction-cost", "700000", "--issue-price", "10",
            "--milestones", "Foundations | 40 | 2028-06-30; Occupation permit | 60 | 2029-12-31");
        await Ok("consent", "add", "--scheme", "tkt-1", "--owner", "A");
        await Ok("scheme", "advance", "--scheme", "tkt-1", "--to", "enrolling", "--deadline", "2027-03-01");
        await Ok("consent", "add", "--scheme", "tkt-1", "--owner", "D");

        var early = await CliRun.RunAsync("scheme", "advance", "--scheme", "tkt-1", "--to", "vested", "--db", db);
        Assert.Equal(ExitCodes.Refused, early.ExitCode);
        Assert.Contains("lot main has 66.66% of 70%", early.Err, StringComparison.Ordinal);

        await Ok("consent", "add", "--scheme", "tkt-1", "--owner", "B");
        await Ok("consent", "add", "--scheme", "tkt-1", "--owner", "C");
        await Ok("scheme", "advance", "--scheme", "tkt-1", "--to", "vested");

        var show = await CliRun.RunAsync("scheme", "show", "--scheme", "tkt-1", "--json", "--db", db);
        Assert.Contains("\"state\": \"Vested\"", show.Out, StringComparison.Ordinal);
        Assert.Contains("\"consentedShares\": 90", show.Out, StringComparison.Ordinal);
        Assert.Contains("\"class\": \"age-60-69\"", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consenting_for_someone_not_in_the_register_is_refused()
    {
        var db = await NewSchemeAsync(StoreKind.Sqlite);
        await CliRun.RunAsync("register", "import", "--scheme", "tkt-1", "--file", Write(Good), "--db", db);
        var run = await CliRun.RunAsync("consent", "add", "--scheme", "tkt-1", "--owner", "a", "--db", db);
        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("\"a\" is not an owner in the register", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scheme_says_so()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        // An existing store without the scheme: `scheme show` does not create a store that is not there.
        await (await RedevStore.OpenAsync(StoreLocation.Parse(db))).DisposeAsync();
        var run = await CliRun.RunAsync("scheme", "show", "--scheme", "nope", "--db", db);
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("There is no scheme \"nope\". [no-scheme]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_scheme_id_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("scheme", "show", "--scheme", "Bad Id");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("is not a scheme id", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_runs_end_to_end_and_refuses_to_run_twice_on_one_store()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var run = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("threshold 70%: threshold met", run.Out, StringComparison.Ordinal);
        Assert.Contains("Cost-in-kind", run.Out, StringComparison.Ordinal);

        var again = await CliRun.RunAsync("demo", "--db", db);
        Assert.Equal(ExitCodes.Refused, again.ExitCode);
    }
}
