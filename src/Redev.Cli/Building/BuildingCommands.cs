using System.CommandLine;
using System.Text.Json;
using Redev.App;
using Redev.App.Building;
using Spectre.Console;

namespace Redev.Cli.Building;

/// <summary>
/// <c>redev milestone certify|list|review</c>, <c>redev escrow deposit|balance</c>, <c>redev valuation add|adopt</c>
/// and <c>redev nav</c>: the building stage at the command line, each one use case of the application layer.
/// </summary>
public static class BuildingCommands
{
    public static IEnumerable<Command> Build(CliIO io)
    {
        var milestone = new Command("milestone", "The construction milestones: the certifier certifies them; everyone can list them.");
        milestone.Subcommands.Add(Certify(io));
        milestone.Subcommands.Add(List(io));
        milestone.Subcommands.Add(Review(io));
        var escrow = new Command("escrow", "The scheme's escrow cash: the notary records the developer's deposits.");
        escrow.Subcommands.Add(Deposit(io));
        escrow.Subcommands.Add(Balance(io));
        var valuation = new Command("valuation", "Appraisals and adopted valuations (three independent appraisals, spread at most 20%, median adopted).");
        valuation.Subcommands.Add(AddAppraisal(io));
        valuation.Subcommands.Add(Adopt(io));
        return [milestone, escrow, valuation, Nav(io)];
    }

    private static Command Certify(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var number = new Option<string>("--milestone") { Description = "The milestone's number (1 is the first) or its name.", Required = true };
        var evidence = new Option<string>("--evidence") { Description = "SHA-256 hashes (64 hex digits) of the documents relied on, separated by commas.", Required = true };
        var payee = new Option<string>("--payee") { Description = "Who is paid the milestone's draw from escrow (the contractor or the developer).", Required = true };
        var c = Command("certify", "Certify a milestone (the certifier): releases its draw from escrow and, under equity, issues the developer's units for it.",
            scheme, number, evidence, payee, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            var command = new CertifyCommand(parse.GetValue(scheme).Value, parse.GetValue(number), parse.GetValue(evidence), parse.GetValue(payee));
            return io.Answer(await app.CertifyMilestone.RunAsync(Caller.Operator, command, ct), r =>
            {
                var m = r.Certification;
                io.Out.WriteLine(r.Replayed
                    ? $"Milestone {m.Number} (\"{m.Name}\") was already certified with this evidence; nothing moved again."
                    : $"Milestone {m.Number} (\"{m.Name}\") certified{(r.Late ? " (late)" : "")}: {m.Draw} released from escrow to {m.Payee}; {m.DeveloperUnits:N0} units issued to the developer.");
            });
        });
        return c;
    }

    private static Command List(CliIO io)
    {
        var (db, scheme, json) = (Options.Db(), Options.Scheme(), Options.Json());
        var c = Command("list", "List the scheme's milestones, where each stands and what it released.", scheme, json, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Building.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), v =>
            {
                if (parse.GetValue(json))
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(BuildingJson.Milestones(v), CliJson.Options));
                    return;
                }
                var t = new Table().AddColumns("#", "Milestone", "Share", "Target", "Standing", "Draw (HKD)", "Developer units");
                foreach (var m in v.Milestones)
                {
                    t.AddRow($"{m.Number}", Markup.Escape(m.Name), $"{m.SharePercent}%", m.TargetDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        BuildingJson.Standing(m.Standing), m.DrawDue.ToString(), $"{m.DeveloperUnitsDue:N0}");
                }
                io.Console.Write(t);
                io.Out.WriteLine($"Developer's units: {v.DeveloperUnitsIssued:N0} of {v.DeveloperUnitsTotal:N0} issued; claim in HKD: {v.DeveloperClaim}.");
                if (v.DefaultedMilestone is { } d)
                {
                    io.Out.WriteLine($"The developer is in default: milestone {d} passed its {v.GraceDays}-day grace uncertified.");
                }
            });
        });
        return c;
    }

    private static Command Review(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var c = Command("review", "Record in the audit trail every delay and default the schedule shows today.", scheme, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            return io.Answer(await app.ReviewSchedule.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), events =>
                io.Out.WriteLine(events.Count == 0 ? "Nothing new to record." : string.Join("\n", events.Select(e => $"Recorded {e.Kind} of milestone {e.Milestone}."))));
        });
        return c;
    }

    private static Command Deposit(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var amount = Options.HkdText("--amount", "The amount deposited", required: true);
        var reference = new Option<string>("--bank-ref") { Description = "The bank's reference for the deposit; the same reference twice is one deposit.", Required = true };
        var c = Command("deposit", "Record the developer's deposit into the scheme's escrow (the notary).", scheme, amount, reference, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new DepositCommand(parse.GetValue(scheme).Value, parse.GetValue(amount), parse.GetValue(reference));
            return io.Answer(await app.DepositEscrow.RunAsync(Caller.Operator, command, ct), d =>
                io.Out.WriteLine((d.Replayed ? $"Deposit {d.BankReference} was already recorded; nothing moved again. " : $"Deposited {d.Amount} (bank reference {d.BankReference}). ") +
                    $"Escrow deposits: {d.Deposited} of {d.Committed} committed."));
        });
        return c;
    }

    private static Command Balance(CliIO io)
    {
        var (db, scheme, json) = (Options.Db(), Options.Scheme(), Options.Json());
        var c = Command("balance", "Show the developer's commitment, the deposits, the draws and the escrow balance.", scheme, json, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Building.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), v =>
                io.Out.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(BuildingJson.Escrow(v), CliJson.Options)
                    : $"Committed {v.Committed}; deposited {v.Deposited}; drawn {v.Drawn}; escrow holds {v.Escrow}."));
        });
        return c;
    }

    private static Command AddAppraisal(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var date = new Option<string>("--date") { Description = "The valuation date, YYYY-MM-DD (Hong Kong).", Required = true };
        var appraiser = new Option<string>("--appraiser") { Description = "The independent appraiser (firm).", Required = true };
        var value = Options.HkdText("--value", "The appraised value of the scheme's property", required: true);
        var hash = new Option<string>("--report-hash") { Description = "SHA-256 of the appraisal report (64 hex digits).", Required = true };
        var c = Command("add", "Record one appraisal (the certifier).", scheme, date, appraiser, value, hash, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new AppraisalCommand(parse.GetValue(scheme).Value, parse.GetValue(date), parse.GetValue(appraiser), parse.GetValue(value), parse.GetValue(hash));
            return io.Answer(await app.RecordAppraisal.RunAsync(Caller.Operator, command, ct),
                a => io.Out.WriteLine($"Recorded {a.Appraiser}'s appraisal of {a.Value} on {a.ValuedOn:yyyy-MM-dd}."));
        });
        return c;
    }

    private static Command Adopt(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var date = new Option<string>("--date") { Description = "The valuation date whose appraisals to adopt, YYYY-MM-DD.", Required = true };
        var c = Command("adopt", "Adopt a date's valuation (the certifier): the median of at least three appraisals spread at most 20%.", scheme, date, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            return io.Answer(await app.AdoptValuation.RunAsync(Caller.Operator, new AdoptCommand(parse.GetValue(scheme).Value, parse.GetValue(date)), ct),
                v => io.Out.WriteLine($"Adopted {v.Nav.AdoptedValue} as of {v.ValuedOn:yyyy-MM-dd}: NAV per unit {v.Nav.PerUnitCents} over {v.Nav.UnitsOutstanding:N0} units."));
        });
        return c;
    }

    private static Command Nav(CliIO io)
    {
        var (db, scheme, json) = (Options.Db(), Options.Scheme(), Options.Json());
        var c = Command("nav", "The fund's NAV per unit: (adopted value + escrow − liabilities) ÷ units outstanding, and its history.", scheme, json, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Building.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), v =>
            {
                if (parse.GetValue(json))
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(BuildingJson.Nav(v.Nav), CliJson.Options));
                    return;
                }
                if (v.Nav.Current is not { } nav)
                {
                    io.Out.WriteLine($"No valuation adopted yet: there is no NAV, only the issue price of {v.Nav.IssuePrice}.");
                    return;
                }
                io.Out.WriteLine($"NAV per unit {nav.PerUnitCents} (valued {v.Nav.ValuedOn:yyyy-MM-dd}): ({nav.AdoptedValue} + escrow {nav.Escrow} − liabilities {nav.Liabilities}) ÷ {nav.UnitsOutstanding:N0} units.");
                if (v.Nav.LossPerUnit is { } loss)
                {
                    io.Out.WriteLine($"The fund has lost value: {loss} per unit below the issue price of {v.Nav.IssuePrice}.");
                }
            });
        });
        return c;
    }

    private static Command Command(string name, string description, params Option[] options)
    {
        var c = new Command(name, description);
        foreach (var o in options)
        {
            c.Options.Add(o);
        }
        return c;
    }
}
