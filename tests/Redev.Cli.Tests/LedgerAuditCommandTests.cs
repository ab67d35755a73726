using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary><c>redev ledger audit</c> and <c>redev ledger verify --key</c> on a demo store with one owner link recorded.</summary>
public class LedgerAuditCommandTests
{
    private static async Task<string> DemoWithOneLinkAsync()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
        using var notary = NotaryKey.LoadOrCreate(NotaryKey.DefaultPath(store.Database.Location));
        await AuditTrail.AppendAsync(store.Database, DemoData.Id, AuditRecord.OwnerLinked, "notary", DemoData.ReceiptHolder, "{\"userName\":\"cheung\"}",
            CliRun.DefaultNow, notary);
        return db;
    }

    [Fact]
    public async Task The_audit_command_lists_the_link_with_its_actor_and_owner()
    {
        var db = await DemoWithOneLinkAsync();

        var run = await CliRun.RunAsync("ledger", "audit", "--scheme", DemoData.Id.Value, "--json", "--db", db);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("\"action\": \"owner-linked\"", run.Out, StringComparison.Ordinal);
        Assert.Contains($"\"subject\": \"{DemoData.ReceiptHolder}\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_counts_the_audit_records_and_passes_with_the_notarys_public_key()
    {
        var db = await DemoWithOneLinkAsync();
        var pub = Path.Combine(Path.GetTempPath(), $"redev-notary-{Guid.NewGuid():N}.pub");
        var exported = await CliRun.RunAsync("ledger", "notary-key", "--public", "--db", db);
        await File.WriteAllTextAsync(pub, exported.Out);

        var run = await CliRun.RunAsync("ledger", "verify", "--db", db, "--key", pub);

        Assert.True(run.ExitCode == 0, run.Err + run.Out);
        // Every record the demo's schemes list (the link among them) is verified, and no other.
        var listed = 0;
        foreach (var scheme in new[] { "demo-tkt", "demo-build", "demo-closed" })
        {
            var audit = await CliRun.RunAsync("ledger", "audit", "--scheme", scheme, "--json", "--db", db);
            listed += System.Text.RegularExpressions.Regex.Count(audit.Out, "\"action\":");
        }
        Assert.True(listed > 7, $"{listed} records listed");
        Assert.Contains($"{listed} audit record(s) verified", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_with_another_key_names_what_that_key_did_not_sign()
    {
        var db = await DemoWithOneLinkAsync();
        var other = Path.Combine(Path.GetTempPath(), $"redev-other-{Guid.NewGuid():N}.pub");
        using (var k = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            await File.WriteAllTextAsync(other, k.ExportSubjectPublicKeyInfoPem());
        }

        var run = await CliRun.RunAsync("ledger", "verify", "--db", db, "--key", other);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("audit record #1 (owner-linked by notary): its signature does not verify under the notary key given", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_with_a_key_file_that_holds_no_key_is_refused_naming_the_file()
    {
        var db = await DemoWithOneLinkAsync();
        var notAKey = Path.Combine(Path.GetTempPath(), $"redev-not-a-key-{Guid.NewGuid():N}.pub");
        await File.WriteAllTextAsync(notAKey, "this is not a key");

        var run = await CliRun.RunAsync("ledger", "verify", "--db", db, "--key", notAKey);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{notAKey}: not a PEM public key", run.Err, StringComparison.Ordinal);
    }
}
