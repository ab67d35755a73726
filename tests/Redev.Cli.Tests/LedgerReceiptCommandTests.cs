using System.Text.Json.Nodes;
using Redev.Ledger;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary><c>redev ledger receipt</c>, <c>checkpoint</c> and <c>verify-receipt</c> on a demo store: receipts read the notary's checkpoint and prove completeness.</summary>
public class LedgerReceiptCommandTests
{
    private static string Temp(string what) => Path.Combine(Path.GetTempPath(), $"redev-{what}-{Guid.NewGuid():N}");

    private static async Task<(string Db, string Receipt, string Key)> DemoReceiptAsync()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        var receipt = Temp("receipt") + ".json";
        var run = await CliRun.RunAsync("ledger", "receipt", "--scheme", DemoData.Id.Value, "--holder", DemoData.ReceiptHolder, "--out", receipt, "--db", db);
        Assert.True(run.ExitCode == 0, run.Err);
        var key = Temp("notary") + ".pub";
        await File.WriteAllTextAsync(key, (await CliRun.RunAsync("ledger", "notary-key", "--public", "--db", db)).Out);
        return (db, receipt, key);
    }

    [Fact]
    public async Task The_demos_receipt_verifies_and_proves_no_entry_is_missing()
    {
        var (_, receipt, key) = await DemoReceiptAsync();

        var run = await CliRun.RunAsync("ledger", "verify-receipt", receipt, "--key", key);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("they add up to the balances it signed, so none is missing", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_over_entries_no_checkpoint_covers_is_refused_until_the_notary_signs_one()
    {
        var (db, _, _) = await DemoReceiptAsync();
        await using (var store = await RedevStore.OpenAsync(StoreLocation.Parse(db)))
        {
            var moved = await store.Ledger.SubmitAsync([new TransferRequest(Guid.NewGuid(), DemoData.Id, AccountRef.Issuance,
                new AccountRef(DemoData.ReceiptHolder, Asset.Units), 1, TransferCode.Issue, AuthorizedBy: "test")]);
            Assert.True(moved.Succeeded, moved.Refusal?.ToString());
        }
        var args = new[] { "ledger", "receipt", "--scheme", DemoData.Id.Value, "--holder", DemoData.ReceiptHolder, "--out", Temp("receipt") + ".json", "--db", db };

        var refused = await CliRun.RunAsync(args);
        var signed = await CliRun.RunAsync("ledger", "checkpoint", "--scheme", DemoData.Id.Value, "--db", db);
        var after = await CliRun.RunAsync(args);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the notary must sign one", refused.Err, StringComparison.Ordinal);
        Assert.Contains("[no-checkpoint]", refused.Err, StringComparison.Ordinal);
        Assert.True(signed.ExitCode == 0, signed.Err);
        Assert.Contains("units outstanding", signed.Out, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.Err);
        Assert.True((await CliRun.RunAsync("ledger", "verify", "--db", db)).ExitCode == 0);
    }

    [Theory]
    [InlineData("credit-asset", "its credit leg holds hkd but its debit leg units")]
    [InlineData("no-entries", "holds no entries")]
    [InlineData("drop-entry", "entries are missing or added")]
    public async Task An_edited_receipt_is_refused(string edit, string expected)
    {
        var (_, path, key) = await DemoReceiptAsync();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        var entries = json["entries"]!.AsArray();
        switch (edit)
        {
            case "credit-asset":
                entries[0]!["entry"]!["credit"]!["asset"] = "hkdCents";
                break;
            case "no-entries":
                entries.Clear();
                break;
            default:
                entries.RemoveAt(entries.Count - 1);
                break;
        }
        await File.WriteAllTextAsync(path, json.ToJsonString());

        var run = await CliRun.RunAsync("ledger", "verify-receipt", path, "--key", key);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
        Assert.Contains("receipt INVALID", run.Out, StringComparison.Ordinal);
    }
}
