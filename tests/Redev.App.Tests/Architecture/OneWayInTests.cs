using System.Text.RegularExpressions;

namespace Redev.App.Tests.Architecture;

/// <summary>
/// The front ends reach the store only through the application layer: no page, endpoint or command names
/// the store's types. The composition roots that open it, and the ledger benchmark that measures the store
/// itself, are the only exceptions, and are listed here by name.
/// </summary>
public partial class OneWayInTests
{
    private static readonly string[] Allowed =
    [
        "src/Redev.Web/Hosting/WebApp.cs",       // opens the application layer on the configured store
        "src/Redev.Web/Cycle/MarketFolder.cs",   // where shipped market files are (configuration, not the store)
        "src/Redev.Cli/StoreAccess.cs",          // opens the application layer on --db
        "src/Redev.Cli/Ledger/LedgerBench.cs",   // benchmarks the store's writer itself, no user action
        "src/Redev.Cli/Ledger/CrashWriter.cs",   // test support: a writer killed mid-commit
    ];

    [GeneratedRegex(@"\busing Redev\.Store(\.[A-Za-z.]+)?;|\bRedevStore\b|\bLedgerStore\b|\bLedgerReader\b|\bAuditTrail\.|\bLedgerVerifier\.|\bVesting\.IssueAsync|\.Database\b")]
    private static partial Regex StoreUse();

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Redev.slnx")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("Redev.slnx not found above the test's folder.");
    }

    [Theory]
    [InlineData("src/Redev.Web")]
    [InlineData("src/Redev.Cli")]
    public void No_page_endpoint_or_command_reaches_the_store_except_through_a_use_case(string project)
    {
        var root = Root();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, project), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !Allowed.Contains(f))
            .Where(f => StoreUse().IsMatch(File.ReadAllText(Path.Combine(root, f))))
            .ToArray();

        Assert.True(offenders.Length == 0, "These files reach the store directly: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scan_finds_store_use_where_there_is_some()
    {
        Assert.Matches(StoreUse(), "using Redev.Store.Ledger;");
        Assert.Matches(StoreUse(), "await store.Database.OpenAsync()");
        Assert.DoesNotMatch(StoreUse(), "using Redev.App;");
    }
}
