using Redev.App;
using Redev.App.Schemes;
using System.CommandLine;

namespace Redev.Cli.Schemes;

/// <summary><c>redev consent add|withdraw</c>: an owner's consent, counted in undivided shares.</summary>
public static class ConsentCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("consent", "Owners' consents to a scheme.");
        command.Subcommands.Add(Make("add", "Record an owner's consent (an application while the scheme is a draft).",
            (app, c, ct) => app.Consent.GiveAsync(Caller.Operator, c, ct), owner => $"Consent of \"{owner}\" recorded."));
        command.Subcommands.Add(Make("withdraw", "Withdraw an owner's consent (until vesting).",
            (app, c, ct) => app.Consent.WithdrawAsync(Caller.Operator, c, ct), owner => $"Consent of \"{owner}\" withdrawn."));
        return command;

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
