using System.CommandLine;
using System.Globalization;
using Redev.Cli.Allocation;
using Redev.Schemes;
using Redev.Store.Ledger;
using Redev.Store.Schemes;
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
            var now = io.Now;
            var y = parse.GetValue(year);
            if (y < 1800 || y > now.Year)
            {
                return io.Refuse(new Refusal("bad-completion-year", $"--completion-year must be between 1800 and {now.Year} (got {y})."));
            }
            if (Scheme.CheckName(parse.GetValue(name)) is { } badName)
            {
                return io.Refuse(badName);
            }
            if (parse.GetValue(outside) && !parse.GetValue(industrial))
            {
                return io.Refuse(new Refusal("bad-options", "--outside-industrial-zone applies only with --industrial."));
            }
            var facts = new LotFacts(y, parse.GetValue(designated), parse.GetValue(industrial), parse.GetValue(outside));
            var s = new Scheme(parse.GetValue(scheme), parse.GetValue(name)!, facts, now);
            await using var store = await StoreAccess.OpenAsync(parse.GetValue(db), ct);
            try
            {
                await store.Schemes.CreateAsync(s, ct);
            }
            catch (DuplicateSchemeException ex)
            {
                return io.Refuse(new Refusal("duplicate-scheme", ex.Message));
            }
            io.Out.WriteLine($"Created draft scheme {s.Id} ({s.Name}) in {store.Database.Location}.");
            return ExitCodes.Ok;
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
            var id = parse.GetValue(scheme);
            await using var store = await StoreAccess.OpenExistingAsync(parse.GetValue(db), ct);
            var s = await store.Schemes.GetAsync(id, ct);
            if (s is null)
            {
                return StoreAccess.NotFound(io, id);
            }
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(SchemeView.Json(s, io.Now));
            }
            else
            {
                SchemeView.Show(io, s);
            }
            return ExitCodes.Ok;
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
            await using var store = await StoreAccess.OpenExistingAsync(parse.GetValue(db), ct);
            var all = await store.Schemes.ListAsync(ct);
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
        var c = new Command("terms", "Set a draft scheme's allocation terms (policy, values, issue price, weights).");
        c.Options.Add(scheme);
        terms.AddTo(c);
        c.Options.Add(db);
        c.SetAction((parse, ct) =>
        {
            var t = terms.Read(parse, out var refusal);
            return t is null
                ? Task.FromResult(io.Refuse(refusal!))
                : StoreAccess.ChangeAsync(io, parse.GetValue(db), parse.GetValue(scheme), s => s.SetTerms(t),
                    s => io.Out.WriteLine($"Terms of scheme {s.Id} set: {t.PolicyName}, issue price {t.IssuePrice}."), ct);
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
        c.SetAction((parse, ct) =>
        {
            var target = parse.GetValue(to)!;
            if (!Enum.TryParse<SchemeState>(target, ignoreCase: true, out var state) || int.TryParse(target, out _))
            {
                return Task.FromResult(io.Refuse(new Refusal("bad-state", $"--to: \"{target}\" is not a state; use one of {string.Join(", ", Enum.GetNames<SchemeState>().Select(n => n.ToLowerInvariant()))}.")));
            }
            DateOnly? d = null;
            if (parse.GetValue(deadline) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Task.FromResult(io.Refuse(new Refusal("bad-deadline", $"--deadline: \"{text}\" is not a date in the form YYYY-MM-DD.")));
                }
                d = parsed;
            }
            return AdvanceAsync(io, parse.GetValue(db), parse.GetValue(scheme), state, d, parse.GetValue(note) ?? "", ct);
        });
        return c;
    }

    /// <summary>Advances a scheme and, when it vests, issues its units through the ledger.</summary>
    private static async Task<int> AdvanceAsync(CliIO io, string? db, SchemeId id, SchemeState state, DateOnly? deadline, string note, CancellationToken ct)
    {
        await using var store = await StoreAccess.OpenAsync(db, ct);
        var s = await store.Schemes.GetAsync(id, ct);
        if (s is null)
        {
            return StoreAccess.NotFound(io, id);
        }
        var version = s.Version;
        if (s.Advance(state, io.Now, ThresholdTable.Cap545, deadline, note) is { } refusal)
        {
            return io.Refuse(refusal);
        }
        await store.Schemes.SaveAsync(s, version, ct);
        io.Out.WriteLine($"Scheme {s.Id} is now {s.State}.");
        if (s.State == SchemeState.Enrolling)
        {
            SchemeView.Progress(io, s);
        }
        if (s.State == SchemeState.Vested)
        {
            var issued = await Vesting.IssueAsync(store, s, ct);
            if (!issued.Succeeded)
            {
                io.Err.WriteLine($"The scheme vested but its units were not issued: {issued.Refusal}. Run `redev ledger issue --scheme {s.Id}` to retry.");
                return ExitCodes.Refused;
            }
            io.Out.WriteLine($"Issued units to {issued.Results!.Count(r => !r.Replayed)} accounts through the ledger (see `redev ledger balances --scheme {s.Id}`).");
        }
        return ExitCodes.Ok;
    }
}
