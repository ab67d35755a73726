using System.CommandLine;

namespace Redev.Cli.Schemes;

/// <summary><c>redev consent add|withdraw</c>: an owner's consent, counted in undivided shares.</summary>
public static class ConsentCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("consent", "Owners' consents to a scheme.");
        command.Subcommands.Add(Make("add", "Record an owner's consent (an application while the scheme is a draft).",
            (s, owner) => s.AddConsent(owner, io.Now), owner => $"Consent of \"{owner}\" recorded."));
        command.Subcommands.Add(Make("withdraw", "Withdraw an owner's consent (until vesting).",
            (s, owner) => s.WithdrawConsent(owner, io.Now), owner => $"Consent of \"{owner}\" withdrawn."));
        return command;

        Command Make(string name, string description, Func<Redev.Schemes.Scheme, string, Refusal?> change, Func<string, string> message)
        {
            var db = Options.Db();
            var scheme = Options.Scheme();
            var owner = new Option<string>("--owner") { Description = "The owner exactly as written in the register.", Required = true };
            var c = new Command(name, description);
            c.Options.Add(scheme);
            c.Options.Add(owner);
            c.Options.Add(db);
            c.SetAction((parse, ct) =>
            {
                var who = parse.GetValue(owner)!;
                return StoreAccess.ChangeAsync(io, parse.GetValue(db), parse.GetValue(scheme), s => change(s, who), s =>
                {
                    io.Out.WriteLine(message(who));
                    SchemeView.Progress(io, s);
                }, ct);
            });
            return c;
        }
    }
}
