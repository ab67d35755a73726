using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary><c>redev holder unlink</c> undoes a link with a reason, and refuses an owner who is not linked.</summary>
public class HolderUnlinkCommandTests
{
    private static readonly string Scheme = DemoData.Id.Value;
    private const string Owner = DemoData.ReceiptHolder;

    [Fact]
    public async Task Unlink_undoes_a_link_and_the_audit_trail_keeps_the_reason()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        var add = await CliRun.RunAsync("holder", "add", "--id", "h-cheung", "--name-en", "CHEUNG Sai Cheong", "--name-zh", "張世昌", "--db", db);
        Assert.True(add.ExitCode == 0, add.Err);
        var link = await CliRun.RunAsync("holder", "link", "--scheme", Scheme, "--owner", Owner, "--holder", "h-cheung", "--document", "hkid", "--db", db);
        Assert.True(link.ExitCode == 0, link.Err);

        var unlink = await CliRun.RunAsync("holder", "unlink", "--scheme", Scheme, "--owner", Owner, "--reason", "wrong person", "--db", db);
        var again = await CliRun.RunAsync("holder", "unlink", "--scheme", Scheme, "--owner", Owner, "--reason", "wrong person", "--db", db);
        var audit = await CliRun.RunAsync("ledger", "audit", "--scheme", Scheme, "--json", "--db", db);

        Assert.True(unlink.ExitCode == 0, unlink.Err);
        Assert.Contains("no longer linked", unlink.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("no-link", again.Err, StringComparison.Ordinal);
        Assert.Contains("\"action\": \"owner-unlinked\"", audit.Out, StringComparison.Ordinal);
        Assert.Contains("wrong person", audit.Out, StringComparison.Ordinal);
    }
}
