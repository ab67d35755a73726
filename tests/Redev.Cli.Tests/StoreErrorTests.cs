namespace Redev.Cli.Tests;

/// <summary>
/// A store that is missing, not a database or unreachable, and numbers too large to compute, each
/// give one <c>error:</c> line and an exit code, never a stack trace.
/// </summary>
public class StoreErrorTests
{
    public static TheoryData<string[]> ReadOnlyCommands => new()
    {
        new[] { "scheme", "list" },
        new[] { "scheme", "show", "--scheme", "s" },
        new[] { "ledger", "balances", "--scheme", "s" },
        new[] { "ledger", "verify" },
        new[] { "ledger", "audit", "--scheme", "s" },
        new[] { "ledger", "receipt", "--scheme", "s", "--holder", "A" },
        new[] { "risk", "run", "--scheme", "s" },
    };

    private static void OneErrorLine(CliRun run)
    {
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.Err);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public async Task A_read_only_command_at_a_mistyped_path_creates_no_database_nor_its_folder(string[] command)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"redev-missing-{Guid.NewGuid():N}");
        var db = Path.Combine(folder, "redev.db");

        var run = await CliRun.RunAsync([.. command, "--db", db]);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        OneErrorLine(run);
        Assert.Contains(db, run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_one_line_and_exit_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"redev-notes-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, string.Concat(Enumerable.Repeat("These are meeting notes, not a database.\n", 200)));

        var run = await CliRun.RunAsync("scheme", "list", "--db", file);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        OneErrorLine(run);
        Assert.Contains("is not a Redev database", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgresql_gives_one_line_and_exit_1()
    {
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        var run = await CliRun.RunAsync("scheme", "create", "--scheme", "s", "--name", "S", "--completion-year", "1970",
            "--db", "Host=127.0.0.1;Port=1;Username=redev;Password=secret;Database=redev;Timeout=5");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        OneErrorLine(run);
        Assert.Contains("PostgreSQL at 127.0.0.1:1 cannot be reached", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_too_large_to_compute_give_one_line_and_exit_1()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"redev-overflow-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use\n"
            + "1/F,10,400,A,1,,,residential\n2/F,10,400,B,1,,,residential\n");

        var run = await CliRun.RunAsync("allocate", "--register", csv, "--policy", "equity",
            "--site-value", "90000000000000000", "--construction-cost", "90000000000000000", "--issue-price", "0.01");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        OneErrorLine(run);
        Assert.Contains("too large", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_malformed_option_is_bad_input_with_exit_code_2()
    {
        var missing = await CliRun.RunAsync("completion", "pick", "--scheme", "x");
        var malformed = await CliRun.RunAsync("scheme", "show", "--scheme", "NOT A SCHEME ID");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--holder", missing.Err, StringComparison.Ordinal);
        Assert.Equal(2, malformed.ExitCode);
    }
}
