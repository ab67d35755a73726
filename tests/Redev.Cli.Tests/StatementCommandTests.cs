using System.Text.Json.Nodes;
using Redev.Ledger;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary><c>redev statement</c> on the demo store, with a top-up and a distribution written as the completion stage will write them.</summary>
public class StatementCommandTests
{
    private static async Task<string> DemoWithCashAsync()
    {
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var demo = await CliRun.RunAsync("demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Err);
        await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
        var cash = await store.Ledger.SubmitAsync(
        [
            new TransferRequest(Guid.NewGuid(), DemoData.Id, AccountRef.CashIn, AccountRef.Escrow, 100_000, TransferCode.Deposit, AuthorizedBy: "notary",
                Metadata: $"{{\"holder\":\"{DemoData.ReceiptHolder}\",\"step\":\"top-up\"}}"),
            new TransferRequest(Guid.NewGuid(), DemoData.Id, AccountRef.Escrow, AccountRef.CashOut, 25_000, TransferCode.Distribution, AuthorizedBy: "notary",
                Metadata: $"{{\"holder\":\"{DemoData.ReceiptHolder}\",\"payee\":\"Bank, \\\"Mortgages\\\"\",\"step\":\"refund\"}}"),
        ]);
        Assert.True(cash.Succeeded, cash.Refusal?.ToString());
        return db;
    }

    /// <summary>The cash above was written at the machine's time, after the demo's fixed day, so the statement runs to the machine's now.</summary>
    private static Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(TimeProvider.System, args);

    private static string[] Args(string db, params string[] more) =>
        ["statement", "--scheme", DemoData.Id.Value, "--holder", DemoData.ReceiptHolder, "--db", db, .. more];

    [Fact]
    public async Task The_csv_lists_every_movement_and_the_summary_with_distributions_and_no_valuation_named()
    {
        var db = await DemoWithCashAsync();

        var run = await RunAsync(Args(db, "--csv"));

        Assert.True(run.ExitCode == 0, run.Err);
        var lines = run.Out.Split("\r\n");
        Assert.StartsWith("When (HKT),Code,Description,Counterparty,Fund units in,Fund units out,", lines[0]);
        Assert.Contains(lines, l => l.Contains(",issue,Fund units issued,@issuance,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",deposit,Cash paid in,@escrow,0,0,0,", StringComparison.Ordinal) && l.Contains(",0.00,1000.00,,top-up,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",250.00,0.00,\"Bank, \"\"Mortgages\"\"\",refund,", StringComparison.Ordinal));
        Assert.Contains("Distributions paid (HKD),250.00", lines);
        Assert.Contains("Cash paid in by the holder (HKD),1000.00", lines);
        Assert.Contains("NAV valuation date,no valuation yet", lines);
    }

    [Fact]
    public async Task The_chinese_csv_has_chinese_headings()
    {
        var db = await DemoWithCashAsync();

        var run = await RunAsync(Args(db, "--csv", "--lang", "zh-HK"));

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.StartsWith("時間（香港時間）,類別,說明,對方帳戶,轉入基金單位,轉出基金單位,", run.Out, StringComparison.Ordinal);
        Assert.Contains("已派付分派（港元）,250.00", run.Out, StringComparison.Ordinal);
        Assert.Contains("資產淨值的估值日期,尚未有估值", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_adds_up_from_opening_to_closing_and_has_no_nav_before_a_valuation()
    {
        var db = await DemoWithCashAsync();

        var run = await RunAsync(Args(db, "--json"));

        Assert.True(run.ExitCode == 0, run.Err);
        var doc = JsonNode.Parse(run.Out)!;
        var movements = doc["movements"]!.AsArray();
        var sum = movements.Sum(m => (long)m!["unitsIn"]! - (long)m["unitsOut"]!);
        Assert.Equal((long)doc["closingUnits"]!, (long)doc["openingUnits"]! + sum);
        Assert.True((long)doc["closingUnits"]! > 0);
        Assert.Equal(25_000, (long)doc["distributionsCents"]!);
        Assert.Null(doc["nav"]);
        Assert.Null(doc["valueCents"]);
        Assert.Contains(movements, m => (string)m!["code"]! == "pledge" && (long)m["pledgedChange"]! > 0);
        Assert.All(movements, m => Assert.Equal(64, ((string)m!["entryHash"]!).Length));
    }

    [Fact]
    public async Task An_unknown_holder_is_not_found_and_a_bad_date_is_bad_input()
    {
        var db = await DemoWithCashAsync();

        var unknown = await RunAsync("statement", "--scheme", DemoData.Id.Value, "--holder", "NOBODY", "--db", db);
        var badDate = await RunAsync(Args(db, "--from", "26/11/2026"));
        var backwards = await RunAsync(Args(db, "--from", "2026-11-20", "--to", "2026-11-01"));

        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("[unknown-holder]", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("[bad-statement-date]", badDate.Err, StringComparison.Ordinal);
        Assert.Equal(2, backwards.ExitCode);
        Assert.Contains("[bad-period]", backwards.Err, StringComparison.Ordinal);
    }
}
