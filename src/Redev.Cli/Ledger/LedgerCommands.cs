using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.App;
using Redev.Store.Ledger;
using Spectre.Console;

namespace Redev.Cli.Ledger;

/// <summary><c>redev ledger ...</c>: balances, verification, checkpoints, receipts and the notary key.</summary>
public static class LedgerCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("ledger", "The unit ledger: balances, verification, checkpoints and receipts.");
        command.Subcommands.Add(Verify(io));
        command.Subcommands.Add(Balances(io));
        command.Subcommands.Add(AuditCommand.Build(io));
        command.Subcommands.Add(Receipt(io));
        command.Subcommands.Add(VerifyReceipt(io));
        command.Subcommands.Add(NotaryKeyCommand(io));
        command.Subcommands.Add(CheckpointCommand(io));
        command.Subcommands.Add(Issue(io));
        command.Subcommands.Add(LedgerBench.Build(io));
        return command;
    }

    public static Option<string?> NotaryKeyOption() => new("--notary-key")
    {
        Description = $"The notary's key file (created on first use). Default: ${NotaryKey.EnvironmentVariable}, else next to a SQLite store (<db>.notary-key.pem).",
    };

    private static Command Verify(CliIO io)
    {
        var db = Options.Db();
        var key = new Option<FileInfo?>("--key")
        {
            Description = "The notary's public key (PEM): every checkpoint and audit record must then be signed by it, not just by the key stored beside it.",
        };
        var c = new Command("verify", "Re-walk every scheme's hash chain, balances, checkpoints and audit trail; name the first entry that does not match.");
        c.Options.Add(db);
        c.Options.Add(key);
        c.SetAction(async (parse, ct) =>
        {
            ECDsa? pinned = null;
            if (parse.GetValue(key) is { } file)
            {
                if (!file.Exists)
                {
                    return io.Refuse(new Refusal("not-found", $"{file}: key file not found."));
                }
                pinned = NotaryKey.TryImportPublic(await File.ReadAllTextAsync(file.FullName, ct));
                if (pinned is null)
                {
                    return io.Refuse(new Refusal("bad-key", $"{file}: not a PEM public key."));
                }
            }
            using var _ = pinned;
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var verified = await app.Ledger.VerifyAsync(Caller.Operator, pinned, ct);
            if (!verified.Succeeded)
            {
                return io.Refuse(verified.Refusal);
            }
            var report = verified.Value;
            foreach (var p in report.Problems)
            {
                io.Err.WriteLine($"verify: {p}");
            }
            io.Out.WriteLine(report.Ok
                ? $"ledger OK: {report.Entries} entries in {report.Schemes} scheme(s), {report.Checkpoints} checkpoint(s), {report.AuditRecords} audit record(s) verified"
                : $"ledger BROKEN: {report.Problems.Count} problem(s) in {report.Entries} entries");
            return report.Ok ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return c;
    }

    private static Command Balances(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var json = Options.Json();
        var c = new Command("balances", "List every account of a scheme: holder, asset, pledge, balance and pending amounts.");
        c.Options.Add(scheme);
        c.Options.Add(json);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var read = await app.Ledger.BalancesAsync(Caller.Operator, parse.GetValue(scheme).Value, ct);
            if (!read.Succeeded)
            {
                return io.Refuse(read.Refusal);
            }
            var balances = read.Value;
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(JsonSerializer.Serialize(balances.Select(b => new
                {
                    holder = b.Account.Holder, asset = b.Account.Asset.Name(), pledgedTo = b.Account.PledgedTo,
                    balance = b.Balance.Balance, pendingDebits = b.Balance.PendingDebits, pendingCredits = b.Balance.PendingCredits,
                }), CliJson.Options));
                return ExitCodes.Ok;
            }
            var t = new Table().AddColumns("Holder", "Asset", "Pledged to").AddColumn(new TableColumn("Balance").RightAligned())
                .AddColumn(new TableColumn("Pending out").RightAligned()).AddColumn(new TableColumn("Pending in").RightAligned());
            foreach (var (a, b) in balances.Where(x => x.Balance != default))
            {
                t.AddRow(Markup.Escape(a.Holder), a.Asset == Asset.Units ? "units" : "HKD", Markup.Escape(a.PledgedTo),
                    Amount(a.Asset, b.Balance), Amount(a.Asset, b.PendingDebits), Amount(a.Asset, b.PendingCredits));
            }
            io.Console.Write(t);
            return ExitCodes.Ok;
        });
        return c;
    }

    public static string Amount(Asset asset, long value) =>
        asset == Asset.Units ? value.ToString("N0", CultureInfo.InvariantCulture) : new Primitives.Cents(value).ToString();

    private static Command Receipt(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var holder = new Option<string>("--holder") { Description = "The holder exactly as in the ledger (an owner as written in the register).", Required = true };
        var output = new Option<string?>("--out") { Description = "Where to write the JSON receipt. Default: receipt-<scheme>.json in the current folder." };
        var c = new Command("receipt", "Write a holder's receipt: their entries with Merkle proofs into the latest signed checkpoint, and their balance proof.");
        foreach (var o in new Option[] { scheme, holder, output, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(scheme);
            var who = parse.GetValue(holder)!;
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var taken = await app.Receipt.RunAsync(Caller.Operator, id.Value, who, ct);
            if (!taken.Succeeded)
            {
                return io.Refuse(taken.Refusal);
            }
            var receipt = taken.Value;
            var path = parse.GetValue(output) ?? $"receipt-{id}.json";
            await File.WriteAllTextAsync(path, receipt.ToJson(), ct);
            ReceiptView.Print(io, receipt, path);
            return ExitCodes.Ok;
        });
        return c;
    }

    private static Command VerifyReceipt(CliIO io)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A receipt written by `redev ledger receipt`." };
        var key = new Option<FileInfo>("--key") { Description = "The notary's public key (PEM), obtained separately from the receipt.", Required = true };
        var c = new Command("verify-receipt", "Check a receipt offline: entry hashes, inclusion proofs, the balance proof (entries add up to the signed balances) and the notary's signature.");
        c.Arguments.Add(file);
        c.Options.Add(key);
        c.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(file)!;
            var k = parse.GetValue(key)!;
            foreach (var (info, what) in new[] { (f, "receipt"), (k, "key") })
            {
                if (!info.Exists)
                {
                    return io.Refuse(new Refusal("not-found", $"{info}: {what} file not found."));
                }
            }
            Redev.Ledger.Receipt receipt;
            try
            {
                receipt = Redev.Ledger.Receipt.FromJson(await File.ReadAllTextAsync(f.FullName, ct));
            }
            catch (JsonException ex)
            {
                return io.Refuse(new Refusal("bad-receipt", $"{f}: not a receipt ({ex.Message})."));
            }
            var problems = receipt.Verify(await File.ReadAllTextAsync(k.FullName, ct));
            foreach (var p in problems)
            {
                io.Err.WriteLine($"{f}: {p}");
            }
            io.Out.WriteLine(problems.Count > 0 ? $"receipt INVALID: {problems.Count} problem(s)"
                : receipt.ProvesCompleteness
                    ? $"receipt OK: {receipt.Entries.Count} entries of {receipt.Holder} in scheme {receipt.Scheme}, proven into checkpoint of {receipt.Checkpoint.Count} entries signed by the trusted notary key; " +
                      $"they add up to the balances it signed, so none is missing (the scheme's holders hold {receipt.Checkpoint.Balances!.Units} units outstanding)"
                    : $"receipt OK (older version: checkpoint v{receipt.Checkpoint.Version} commits to no balances, so entries left out cannot be detected): {receipt.Entries.Count} entries of {receipt.Holder} " +
                      $"in scheme {receipt.Scheme}, proven into checkpoint of {receipt.Checkpoint.Count} entries signed by the trusted notary key");
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return c;
    }

    private static Command NotaryKeyCommand(CliIO io)
    {
        var db = Options.Db();
        var key = NotaryKeyOption();
        var pub = new Option<bool>("--public") { Description = "Print the public key (PEM) to share with holders.", Required = true };
        var c = new Command("notary-key", "Show the notary's public key (the key file is created on first use, owner-only).");
        c.Options.Add(pub);
        c.Options.Add(key);
        c.Options.Add(db);
        c.SetAction(parse =>
        {
            using var notary = NotarySeal.For(StoreLocation.Parse(parse.GetValue(db)), parse.GetValue(key));
            io.Out.Write(notary.PublicPem);
            io.Out.WriteLine();
            return ExitCodes.Ok;
        });
        return c;
    }

    private static Command CheckpointCommand(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var key = NotaryKeyOption();
        var c = new Command("checkpoint", "Sign and publish a checkpoint of a scheme's journal (the notary).");
        c.Options.Add(scheme);
        c.Options.Add(key);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            var signed = await app.SignCheckpoint.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct);
            if (!signed.Succeeded)
            {
                return io.Refuse(signed.Refusal);
            }
            var cp = signed.Value;
            io.Out.WriteLine($"checkpoint {cp.Scheme}: {cp.Count} entries, root {Convert.ToHexStringLower(cp.Root)}, signed {Schemes.SchemeView.HongKong(cp.SignedAt)}");
            io.Out.WriteLine($"balances {cp.Balances!.Holders} holder(s), {cp.Balances.Units} units outstanding, {cp.Balances.Hkd} cents held, root {Convert.ToHexStringLower(cp.Balances.Root)}");
            io.Out.WriteLine($"signature {Convert.ToHexStringLower(cp.Signature)}");
            return ExitCodes.Ok;
        });
        return c;
    }

    private static Command Issue(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var c = new Command("issue", "Issue a vested scheme's units (again): transfers have fixed ids, so repeating it changes nothing.");
        c.Options.Add(scheme);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(scheme);
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var issued = await app.IssueUnits.RunAsync(Caller.Operator, id.Value, ct);
            if (!issued.Succeeded)
            {
                return io.Refuse(issued.Refusal);
            }
            var fresh = issued.Value;
            io.Out.WriteLine(fresh == 0 ? $"Scheme {id}: every issue transfer was already in the ledger; nothing changed." : $"Scheme {id}: {fresh} issue transfers written.");
            return ExitCodes.Ok;
        });
        return c;
    }
}
