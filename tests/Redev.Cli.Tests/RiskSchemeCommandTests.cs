using System.Text.Json;
using Redev.Cli.Risk;
using Redev.Risk;
using Redev.Schemes;
using Redev.Store;

namespace Redev.Cli.Tests;

/// <summary><c>redev risk run --db FILE --scheme ID</c>: a stored scheme plus the documented defaults.</summary>
public class RiskSchemeCommandTests
{
    // No appraised values: the cash alternatives must be estimated, and the run must say so.
    private const string Register = """
        flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use
        1/F,40,500,A,1,,,residential
        2/F,30,400,B,1/2,,,residential
        2/F,30,400,C,1/2,,,residential
        G/F Shop,30,600,D,1,,,shop
        """;

    private static Task<string> StoredSchemeAsync() => StoredSchemes.DraftAsync("risk-1", Register, "10000000", "5000000");

    [Fact]
    public async Task A_stored_scheme_is_simulated_with_the_documented_defaults_exactly_as_the_domain_model_builds_it()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "risk-1", "--paths", "8192", "--seed", "5", "--json");
        Assert.True(run.ExitCode == 0, run.Err);

        await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
        var scheme = await store.Schemes.GetAsync(SchemeId.Parse("risk-1"));
        var model = SchemeRiskModel.Build(scheme!, RiskDefaults.Standard, CliRun.DefaultNow, null, out _)!.Model;
        Assert.Equal(RiskView.Json(RiskEngine.Run(model, 8192, 5)), run.Out.TrimEnd());
    }

    [Fact]
    public async Task A_market_file_sets_the_stored_schemes_starting_regime()
    {
        var db = await StoredSchemeAsync();
        var market = Path.Combine(RepoRoot.Path, "data", "markets", "hong-kong.json");
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "risk-1", "--market", market, "--paths", "4096", "--seed", "3", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var line = run.Err.Split('\n').Single(l => l.StartsWith("Starting regime: ", StringComparison.Ordinal));
        var regime = line["Starting regime: ".Length..line.IndexOf(' ', "Starting regime: ".Length)];
        Assert.True(MarketRegimes.TryParse(regime, out var start), line);

        await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
        var scheme = await store.Schemes.GetAsync(SchemeId.Parse("risk-1"));
        var model = SchemeRiskModel.Build(scheme!, RiskDefaults.Standard, CliRun.DefaultNow, start, out _)!.Model;
        Assert.Equal(start, model.Scenario.StartingRegime);
        Assert.Equal(RiskView.Json(RiskEngine.Run(model, 4096, 3)), run.Out.TrimEnd());
    }

    [Fact]
    public async Task Estimated_cash_alternatives_are_flagged_as_estimates()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "risk-1", "--paths", "4096", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ESTIMATE: 3 of 3 flats have no appraised value", run.Err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Out);
        var a = doc.RootElement.GetProperty("owners").EnumerateArray().Single(o => o.GetProperty("owner").GetString() == "A");
        Assert.Equal(4_000_000m, a.GetProperty("marketValueHkd").GetDecimal()); // 40 of 100 shares of the 10,000,000 site value
        Assert.Equal((ulong)RiskDefaults.Standard.Seed, doc.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task The_table_names_the_scheme_and_the_defaults()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "risk-1", "--paths", "4096");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("Risk of scheme risk-1 (stored scheme plus the defaults of docs/risk.md)", run.Out, StringComparison.Ordinal);
        Assert.Contains("post value HK$16,500,000.00, construction cost HK$5,000,000.00", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheme_without_terms_is_refused_with_its_reason()
    {
        var dir = Path.Combine(Path.GetTempPath(), "redev-tests");
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, $"{Guid.NewGuid():N}.db");
        Assert.Equal(0, (await CliRun.RunAsync("scheme", "create", "--scheme", "bare", "--name", "Bare", "--completion-year", "1962", "--db", db)).ExitCode);
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "bare");
        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("[no-register]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scheme_is_not_found()
    {
        var db = await StoredSchemeAsync();
        var run = await CliRun.RunAsync("risk", "run", "--db", db, "--scheme", "nope");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("There is no scheme \"nope\". [no-scheme]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_a_scenario_and_a_scheme_are_refused()
    {
        var scenario = Path.Combine(RepoRoot.Path, "docs", "examples", "demo-risk.json");
        var run = await CliRun.RunAsync("risk", "run", "--scenario", scenario, "--scheme", "risk-1");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("give exactly one of --scenario FILE or --scheme ID", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_a_scenario_nor_a_scheme_is_refused()
    {
        var run = await CliRun.RunAsync("risk", "run", "--paths", "4096");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("give exactly one of --scenario FILE or --scheme ID", run.Err, StringComparison.Ordinal);
    }
}
