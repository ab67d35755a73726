using System.Text.RegularExpressions;

namespace Redev.App.Tests.Architecture;

/// <summary>
/// The front ends reach the store only through the application layer: no page, endpoint or command opens
/// the store, its repositories, its writers or its database. They open the application layer instead
/// (<c>RedevApp.OpenAsync</c>); even the ledger benchmark, which measures the store's writer itself,
/// runs in the application layer (<c>LedgerBenchmark</c>).
/// </summary>
public partial class OneWayInTests
{
    // What reaches the store: the store itself, its repositories and writers, or the database. The store's
    // plain data types (a scheme summary, a store location, its exceptions) are values, not access.
    [GeneratedRegex(@"\b(RedevStore|LedgerStore|LedgerReader|CheckpointSigner|SqlSchemeStore|ISchemeStore|HolderStore|UserStore|MarketStore|ComparisonTermsStore)\b|\.Database\b|\bnew Database\(|\b(AuditTrail|LedgerVerifier|Vesting|DemoSeeder|Migrations)\.[A-Z]|\.Journal\.")]
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
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => StoreUse().IsMatch(File.ReadAllText(Path.Combine(root, f))))
            .ToArray();

        Assert.True(offenders.Length == 0, "These files reach the store directly: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scan_finds_store_use_where_there_is_some()
    {
        Assert.Matches(StoreUse(), "await using var store = await RedevStore.OpenAsync(location);");
        Assert.Matches(StoreUse(), "await store.Database.OpenAsync()");
        Assert.Matches(StoreUse(), "var trail = await AuditTrail.ReadAsync(db, id);");
        Assert.Matches(StoreUse(), "await store.Journal.ReceiptAsync(id, who);");
        Assert.DoesNotMatch(StoreUse(), "using Redev.App;");
        Assert.DoesNotMatch(StoreUse(), "IReadOnlyList<SchemeSummary> list");
    }
}
