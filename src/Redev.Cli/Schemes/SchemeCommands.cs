using System.CommandLine;
using System.Globalization;
using Redev.Cli.Allocation;
using Redev.Schemes;
using Redev.App;
using Redev.App.Allocation;
using Redev.App.Schemes;
using Spectre.Console;

namespace Redev.Cli.Schemes;

/// <summary><c>redev scheme create|show|list|terms|advance</c>.</summary>
public static class SchemeCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("scheme", "Redevelopment schemes: create, inspect, set terms, move through the lifecycle.");
        command.Subcommands.Add(Create(io));
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(List(io));
        command.Subcommands.Add(Terms(io));
        command.Subcommands.Add(Advance(io));
        return command;
    }

    private static Command Create(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var name = new Option<string>("--name") { Description = "A name people recognise, e.g. the building's address.", Required = true };
        var year = new Option<int>("--completion-year") { Description = "Year of the building's occupation permit.", Required = true };
        var designated = new Option<bool>("--designated-area") { Description = "The lot is in one of the seven designated areas (Cap. 545, 2024)." };
        var industrial = new Option<bool>("--industrial") { Description = "The building is an industrial building." };
        var outside = new Option<bool>("--outside-industrial-zone") { Description = "An industrial building outside an industrial zone." };
        var c = new Command("create", "Create a draft scheme.");
        foreach (var o in new Option[] { scheme, name, year, designated, industrial, outside, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new CreateSchemeCommand(parse.GetValue(scheme).Value, parse.GetValue(name), parse.GetValue(year),
                parse.GetValue(designated), parse.GetValue(industrial), parse.GetValue(outside));
            return io.Answer(await app.CreateScheme.RunAsync(Caller.Operator, command, ct),
                s => io.Out.WriteLine($"Created draft scheme {s.Id} ({s.Name})."));
        });
        return c;
    }

    private static Command Show(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var json = Options.Json();
        var c = new Command("show", "Show a scheme: state, thresholds, enrolment progress, register and consents.");
        c.Options.Add(scheme);
        c.Options.Add(json);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Schemes.GetAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), s =>
            {
                if (parse.GetValue(json))
                {
                    io.Out.WriteLine(SchemeView.Json(s, io.Now));
                }
                else
                {
                    SchemeView.Show(io, s);
                }
            });
        });
        return c;
    }

    private static Command List(CliIO io)
    {
        var db = Options.Db();
        var c = new Command("list", "List the schemes in a store.");
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var all = await app.Schemes.ListAsync(Caller.Operator, ct);
            if (all.Count == 0)
            {
                io.Out.WriteLine("No schemes yet. Create one with `redev scheme create`, or run `redev demo`.");
                return ExitCodes.Ok;
            }
            var t = new Table().AddColumns("Scheme", "Name", "State", "Built", "Flats", "Owners", "Consents", "Created (HKT)");
            foreach (var s in all)
            {
                t.AddRow(s.Id.Value, Markup.Escape(s.Name), s.State.ToString(), s.CompletionYear.ToString(CultureInfo.InvariantCulture),
                    s.Flats.ToString(CultureInfo.InvariantCulture), s.Owners.ToString(CultureInfo.InvariantCulture),
                    s.Consents.ToString(CultureInfo.InvariantCulture), SchemeView.HongKong(s.CreatedAt));
            }
            io.Console.Write(t);
            return ExitCodes.Ok;
        });
        return c;
    }

    private static Command Terms(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var terms = new TermsOptions();
        var milestones = new Option<string?>("--milestones")
        {
            Description = "The construction schedule: 'name | percent | YYYY-MM-DD' per milestone, separated by ';' (shares add up to 100; the last is the occupation permit). A scheme cannot vest without one.",
        };
        var grace = new Option<string?>("--grace-days") { Description = $"Days after a missed target date before the developer is in default (default {TermsText.DefaultGraceDays})." };
        var c = new Command("terms", "Set a draft scheme's allocation terms (policy, values, issue price, weights) and its milestone schedule.");
        c.Options.Add(scheme);
        terms.AddTo(c);
        c.Options.Add(milestones);
        c.Options.Add(grace);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var text = terms.Read(parse) with { Milestones = parse.GetValue(milestones), GraceDays = parse.GetValue(grace) };
            return io.Answer(await app.SetTerms.RunAsync(Caller.Operator, new SetTermsCommand(parse.GetValue(scheme).Value, text), ct),
                s => io.Out.WriteLine($"Terms of scheme {s.Id} set: {s.Terms!.PolicyName}, issue price {s.Terms.IssuePrice}" +
                    (s.Schedule is { } plan ? $", {plan.Milestones.Count} milestones, {plan.GraceDays} days' grace." : "; no milestone schedule yet (needed before vesting).")));
        });
        return c;
    }

    private static Command Advance(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var to = new Option<string>("--to")
        {
            Description = "The next state: enrolling, vested, lapsed, building, completed, distributed, operating, closed.",
            Required = true,
        };
        var deadline = new Option<string?>("--deadline") { Description = "Opening enrolment: the last Hong Kong date (YYYY-MM-DD) on which consents count." };
        var note = new Option<string?>("--note") { Description = "Why, for the scheme's history." };
        var c = new Command("advance", "Move a scheme to its next lifecycle state, if its guard allows.");
        foreach (var o in new Option[] { scheme, to, deadline, note, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new AdvanceCommand(parse.GetValue(scheme).Value, parse.GetValue(to), parse.GetValue(deadline), parse.GetValue(note));
            return io.Answer(await app.Advance.RunAsync(Caller.Operator, command, ct), a =>
            {
                io.Out.WriteLine($"Scheme {a.Scheme.Id} is now {a.Scheme.State}.");
                if (a.Scheme.State == SchemeState.Enrolling)
                {
                    SchemeView.Progress(io, a.Scheme);
                }
                if (a.Scheme.State == SchemeState.Vested)
                {
                    io.Out.WriteLine($"Issued units to {a.AccountsIssued} accounts through the ledger (see `redev ledger balances --scheme {a.Scheme.Id}`).");
                }
            });
        });
        return c;
    }
}
