using Redev.App;
using Redev.App.Schemes;
using System.CommandLine;

namespace Redev.Cli.Schemes;

/// <summary><c>redev consent add|withdraw|import</c>: an owner's consent, counted in undivided shares; or a file of signed forms.</summary>
public static class ConsentCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("consent", "Owners' consents to a scheme.");
        command.Subcommands.Add(Make("add", "Record an owner's consent (an application while the scheme is a draft).",
            (app, c, ct) => app.Consent.GiveAsync(Caller.Operator, c, ct), owner => $"Consent of \"{owner}\" recorded."));
        command.Subcommands.Add(Make("withdraw", "Withdraw an owner's consent (until vesting).",
            (app, c, ct) => app.Consent.WithdrawAsync(Caller.Operator, c, ct), owner => $"Consent of \"{owner}\" withdrawn."));
        command.Subcommands.Add(Import());
        return command;

        // The convener's batch of signed paper forms, all or nothing, each problem as FILE:LINE: field: message.
        Command Import()
        {
            var db = Options.Db();
            var scheme = Options.Scheme();
            var file = new Option<FileInfo>("--file") { Description = "The signed forms (CSV: owner,decision,signed_on,evidence).", Required = true };
            var c = new Command("import", "Record consents and withdrawals from a CSV of signed forms with their evidence; nothing is recorded if any line is wrong.");
            c.Options.Add(scheme);
            c.Options.Add(file);
            c.Options.Add(db);
            c.SetAction(async (parse, ct) =>
            {
                var info = parse.GetValue(file)!;
                if (!info.Exists)
                {
                    io.Err.WriteLine($"{info}: file not found");
                    return ExitCodes.BadInput;
                }
                // Bytes, not text: the parser refuses bytes that are not UTF-8 instead of replacing them.
                var bytes = await File.ReadAllBytesAsync(info.FullName, ct);
                await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
                return io.Answer(await app.ImportConsents.RunAsync(Caller.Operator, new ImportConsentsCommand(parse.GetValue(scheme).Value, info.ToString(), bytes), ct), r =>
                {
                    io.Out.WriteLine($"Recorded {r.Given} consent(s) and {r.Withdrawn} withdrawal(s) from {info}.");
                    SchemeView.Progress(io, r.Scheme);
                });
            });
            return c;
        }

        Command Make(string name, string description, Func<RedevApp, ConsentCommand, CancellationToken, Task<Result<Redev.Schemes.Scheme>>> change, Func<string, string> message)
        {
            var db = Options.Db();
            var scheme = Options.Scheme();
            var owner = new Option<string>("--owner") { Description = "The owner exactly as written in the register.", Required = true };
            var c = new Command(name, description);
            c.Options.Add(scheme);
            c.Options.Add(owner);
            c.Options.Add(db);
            c.SetAction(async (parse, ct) =>
            {
                var who = parse.GetValue(owner)!;
                await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
                return io.Answer(await change(app, new ConsentCommand(parse.GetValue(scheme).Value, who), ct), s =>
                {
                    io.Out.WriteLine(message(who));
                    SchemeView.Progress(io, s);
                });
            });
            return c;
        }
    }
}
