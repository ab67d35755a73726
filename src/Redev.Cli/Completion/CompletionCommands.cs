using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Redev.App;
using Redev.App.Completion;
using Spectre.Console;

namespace Redev.Cli.Completion;

/// <summary>
/// <c>redev completion …</c>: the scheme's life after completion at the command line — the new building's
/// register, the choice window, flat picks, sales, payouts the notary approves, the income fund and closing.
/// Each subcommand is one use case of the application layer (docs/completion.md).
/// </summary>
public static class CompletionCommands
{
    public static Command Build(CliIO io)
    {
        var root = new Command("completion", "After completion: flats in kind, sales and their waterfall, the income fund, payouts and closing.");
        foreach (var c in new[]
        {
            ImportFlats(io), Show(io), OpenWindow(io), CloseWindow(io), Choose(io), Pick(io), Keep(io), Sell(io),
            Propose(io), Approve(io), Lease(io), Rent(io), Expense(io), Close(io),
        })
        {
            root.Subcommands.Add(c);
        }
        return root;
    }

    private static Command ImportFlats(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var file = new Option<FileInfo>("--file") { Description = "The new building's register: flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3 (HKD).", Required = true };
        var c = Command("flats", "Import the new building's register (the convener); refused whole on any bad row.", scheme, file, db);
        c.SetAction(async (parse, ct) =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists)
            {
                io.Err.WriteLine($"{info}: file not found");
                return ExitCodes.BadInput;
            }
            var bytes = await File.ReadAllBytesAsync(info.FullName, ct);
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.ImportNewBuilding.RunAsync(Caller.Operator, new NewBuildingCommand(parse.GetValue(scheme).Value, info.ToString(), bytes), ct),
                r => io.Out.WriteLine($"Imported {r.Flats.Length} flats worth {Hkd(r.Flats.Sum(f => f.ValueCents))} in all (each the median of its three appraisals)."));
        });
        return c;
    }

    private static Command Show(CliIO io)
    {
        var (db, scheme, json) = (Options.Db(), Options.Scheme(), Options.Json());
        var c = Command("show", "Show the flats, the window, the holders' choices and picks, payouts and statements.", scheme, json, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Completion.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), v =>
            {
                if (parse.GetValue(json))
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(v, CliJson.CamelCase));
                    return;
                }
                io.Out.WriteLine($"Scheme {v.Scheme} is {v.State}; {v.UnitsOutstanding:N0} units outstanding; escrow {Hkd(v.EscrowCents)}.");
                if (v.Deadline is not null)
                {
                    io.Out.WriteLine($"Choice window: until {v.Deadline} (Hong Kong); default {v.Fallback}; completion NAV {Hkd(v.NavPerUnitCents ?? 0)} a unit (exactly {v.NavPerUnitExact} dollars).");
                    io.Out.WriteLine($"Lottery seed commitment (SHA-256): {v.Commitment}");
                    io.Out.WriteLine(v.Seed is null ? "Seed: published when the window closes." : $"Seed: {v.Seed}  (check: redev lottery order --seed {v.Seed} --holdings FILE)");
                }
                var flats = new Table().AddColumns("Flat", "Floor", "Area (sq ft)", "Value (HKD)", "Status", "Taken by", "Price (HKD)");
                foreach (var f in v.Flats)
                {
                    flats.AddRow(Markup.Escape(f.Flat), Markup.Escape(f.Floor), $"{f.SaleableAreaSqFt:N0}", Hkd(f.ValueCents), f.Status, Markup.Escape(f.TakenBy ?? ""), f.PriceCents is { } p ? Hkd(p) : "");
                }
                io.Console.Write(flats);
                var holders = new Table().AddColumns("Holder", "Units", "Chose", "Applies", "Lottery", "Flat", "Value at NAV (HKD)");
                foreach (var p in v.Positions)
                {
                    holders.AddRow(Markup.Escape(p.Holder), $"{p.Units:N0}", p.Chosen ?? "-", p.Effective, p.LotteryPlace?.ToString(CultureInfo.InvariantCulture) ?? "",
                        Markup.Escape(p.Flat ?? (p.Passed ? "passed" : "")), Hkd(p.UnitsValueCents));
                }
                io.Console.Write(holders);
                if (!string.IsNullOrEmpty(v.OnTurn))
                {
                    io.Out.WriteLine($"To pick next: {v.OnTurn}");
                }
                foreach (var p in v.Proposed.Select(p => (p, "proposed, waiting for the notary")).Concat(v.Paid.Select(p => (p, "paid"))))
                {
                    io.Out.WriteLine($"Payout {p.p.Key} ({p.Item2}); batch SHA-256 {p.p.BatchSha256}");
                    foreach (var l in p.p.Lines)
                    {
                        io.Out.WriteLine($"  {l.Step,-16} {l.Name,-40} {Hkd(l.Cents),18}{(l.Payee.Length > 0 && l.Payee != l.Name ? $"  to {l.Payee}" : "")}");
                    }
                }
                foreach (var s in v.Statements)
                {
                    io.Out.WriteLine($"Final statement {s.Holder}: received {s.UnitsReceived:N0} units, cancelled {s.UnitsCancelled:N0}, paid {Hkd(s.CashReceivedCents)}, paid in {Hkd(s.CashPaidInCents)}{(s.Flat.Length > 0 ? $", flat {s.Flat}" : "")}; entries {s.Entries} (SHA-256 {s.EntriesSha256[..16]}…)");
                }
            });
        });
        return c;
    }

    private static Command OpenWindow(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var deadline = new Option<string>("--deadline") { Description = "The last Hong Kong date choices count, YYYY-MM-DD.", Required = true };
        var fallback = new Option<string>("--default") { Description = "What a holder who does not choose receives: cash (default) or income.", DefaultValueFactory = _ => "cash" };
        var c = Command("window-open", "Open the holders' choice window: fixes the completion NAV and publishes the lottery seed's SHA-256.", scheme, deadline, fallback, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            return io.Answer(await app.OpenChoiceWindow.RunAsync(Caller.Operator, new OpenWindowCommand(parse.GetValue(scheme).Value, parse.GetValue(deadline), parse.GetValue(fallback)), ct),
                w => io.Out.WriteLine($"Choice window open until {w.Deadline:yyyy-MM-dd} (Hong Kong); default {w.Fallback.ToString().ToLowerInvariant()}; lottery seed commitment {w.Commitment}."));
        });
        return c;
    }

    private static Command CloseWindow(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var c = Command("window-close", "Close the choice window after its deadline: publishes the seed and the lottery order of those who chose a flat.", scheme, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            return io.Answer(await app.CloseChoiceWindow.RunAsync(Caller.Operator, parse.GetValue(scheme).Value, ct), r =>
            {
                io.Out.WriteLine($"Seed: {r.Seed}");
                io.Out.WriteLine(r.Order.Length == 0 ? "Nobody chose a flat." : "Pick order:\n" + string.Join("\n", r.Order.Select((h, i) => $"  {i + 1}. {h}")));
            });
        });
        return c;
    }

    private static Command Choose(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var holder = new Option<string>("--holder") { Description = "The ledger holder (an owner as on the register, @developer, @holder:ID).", Required = true };
        var choice = new Option<string>("--choice") { Description = "flat, cash or income.", Required = true };
        var c = Command("choose", "Record a holder's choice from its signed form (the convener).", scheme, holder, choice, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.MakeChoice.RunAsync(Caller.Operator, new ChooseCommand(parse.GetValue(scheme).Value, parse.GetValue(holder), parse.GetValue(choice)), ct),
                r => io.Out.WriteLine($"{r.Holder} chose {r.Choice}."));
        });
        return c;
    }

    private static Command Pick(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var holder = new Option<string>("--holder") { Description = "The holder whose turn it is.", Required = true };
        var flat = new Option<string?>("--flat") { Description = "The flat picked." };
        var reference = new Option<string?>("--bank-ref") { Description = "The bank reference of the top-up, when the flat is worth more than the units." };
        var pass = new Option<bool>("--pass") { Description = "The holder takes no flat and is paid in cash." };
        var c = Command("pick", "Record the pick of the holder whose turn it is (the convener, from the signed selection form).", scheme, holder, flat, reference, pass, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            var command = new TakeFlatCommand(parse.GetValue(scheme).Value, parse.GetValue(holder), parse.GetValue(flat), parse.GetValue(reference), parse.GetValue(pass));
            return io.Answer(await app.TakeFlat.RunAsync(Caller.Operator, command, ct), t => io.Out.WriteLine(t is null
                ? $"{parse.GetValue(holder)} passed; paid in cash with the sale proceeds."
                : $"{t.Holder} took flat {t.Flat}: {t.Units:N0} units cancelled worth {Hkd(t.UnitsValueCents)} against the flat's {Hkd(t.FlatValueCents)}; " +
                  (t.TopUpCents > 0 ? $"top-up {Hkd(t.TopUpCents)} paid in." : t.RefundCents > 0 ? $"refund {Hkd(t.RefundCents)} owed, paid first by the next payout." : "nothing to settle.")));
        });
        return c;
    }

    private static Command Keep(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var flat = new Option<string>("--flat") { Description = "The flat the income fund keeps to let.", Required = true };
        var c = Command("keep", "Keep a flat nobody took for the income fund (the convener).", scheme, flat, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.DisposeFlat.RunAsync(Caller.Operator, new DisposeFlatCommand(parse.GetValue(scheme).Value, parse.GetValue(flat), Keep: true), ct),
                _ => io.Out.WriteLine($"Flat {parse.GetValue(flat)} kept for the income fund."));
        });
        return c;
    }

    private static Command Sell(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var flat = new Option<string>("--flat") { Description = "The flat sold.", Required = true };
        var price = Options.HkdText("--price", "The sale price received into escrow", required: true);
        var costs = Options.HkdText("--costs", "The costs of selling it (agent, stamp duty borne, legal), paid first");
        var buyer = new Option<string>("--buyer") { Description = "The buyer.", Required = true };
        var reference = new Option<string>("--bank-ref") { Description = "The bank's reference for the price received.", Required = true };
        var c = Command("sell", "Record a flat's sale; its price goes into escrow (the convener).", scheme, flat, price, costs, buyer, reference, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new DisposeFlatCommand(parse.GetValue(scheme).Value, parse.GetValue(flat), false, parse.GetValue(price), parse.GetValue(costs), parse.GetValue(buyer), parse.GetValue(reference));
            return io.Answer(await app.DisposeFlat.RunAsync(Caller.Operator, command, ct), _ => io.Out.WriteLine($"Flat {parse.GetValue(flat)} sold; the price is in escrow."));
        });
        return c;
    }

    private static Command Propose(CliIO io)
    {
        var (db, scheme, json) = (Options.Db(), Options.Scheme(), Options.Json());
        var kind = new Option<string>("--kind") { Description = "sale (proceeds by the waterfall) or income (a year's rent).", Required = true };
        var amount = Options.HkdText("--amount", "For a sale payout while holders stay in the income fund: the amount paid out now");
        var fee = new Option<string?>("--fee-rate") { Description = "The convener's fee as a decimal fraction of what is left after costs and creditors, e.g. 0.01." };
        var year = new Option<string?>("--year") { Description = "For income: the calendar year." };
        var management = Options.HkdText("--management-fee", "For income: the manager's fee for the year");
        var creditor = new Option<string[]>("--creditor") { Description = "A creditor paid before the fee, name=HKD (repeat for more).", AllowMultipleArgumentsPerToken = false };
        var c = Command("payout-propose", "Propose a payout (the convener); the notary approves it with payout-approve.", scheme, kind, amount, fee, year, management, creditor, json, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new PayoutCommand(parse.GetValue(scheme).Value, parse.GetValue(kind), parse.GetValue(amount), parse.GetValue(fee), parse.GetValue(year),
                parse.GetValue(management), parse.GetValue(creditor) ?? []);
            return io.Answer(await app.ProposePayout.RunAsync(Caller.Operator, command, ct), r => Print(io, r, parse.GetValue(json), "proposed; the notary approves it with --batch-sha256"));
        });
        return c;
    }

    private static Command Approve(CliIO io)
    {
        var (db, scheme, json, notaryKey) = (Options.Db(), Options.Scheme(), Options.Json(), Ledger.LedgerCommands.NotaryKeyOption());
        var key = new Option<string>("--key") { Description = "The payout's key, e.g. sale-1 or income-2027.", Required = true };
        var sha = new Option<string>("--batch-sha256") { Description = "The proposal's batch SHA-256, as checked.", Required = true };
        var c = Command("payout-approve", "Approve a proposed payout (the notary): pays every line and cancels the units paid for, in one ledger batch.", scheme, key, sha, json, notaryKey, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(notaryKey));
            return io.Answer(await app.ApprovePayout.RunAsync(Caller.Operator, new ApprovePayoutCommand(parse.GetValue(scheme).Value, parse.GetValue(key), parse.GetValue(sha)), ct),
                r => Print(io, r, parse.GetValue(json), "paid"));
        });
        return c;
    }

    private static Command Lease(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var flat = new Option<string>("--flat") { Description = "A flat the income fund kept.", Required = true };
        var tenant = new Option<string>("--tenant") { Description = "The tenant.", Required = true };
        var rent = Options.HkdText("--rent", "The monthly rent", required: true);
        var from = new Option<string>("--from") { Description = "First month, YYYY-MM.", Required = true };
        var to = new Option<string>("--to") { Description = "Last month, YYYY-MM.", Required = true };
        var c = Command("lease", "Record a lease of a kept flat (the convener).", scheme, flat, tenant, rent, from, to, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new LeaseCommand(parse.GetValue(scheme).Value, parse.GetValue(flat), parse.GetValue(tenant), parse.GetValue(rent), parse.GetValue(from), parse.GetValue(to));
            return io.Answer(await app.RecordLease.RunAsync(Caller.Operator, command, ct),
                l => io.Out.WriteLine($"Flat {l.Flat} let to {l.Tenant} at {Hkd(l.MonthlyRentCents)} a month, {l.From} to {l.To}."));
        });
        return c;
    }

    private static Command Rent(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var flat = new Option<string>("--flat") { Description = "The let flat.", Required = true };
        var month = new Option<string>("--month") { Description = "The month paid for, YYYY-MM.", Required = true };
        var reference = new Option<string>("--bank-ref") { Description = "The bank's reference for the rent received.", Required = true };
        var c = Command("rent", "Record a month's rent received into the fund's cash (the convener).", scheme, flat, month, reference, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.RecordRent.RunAsync(Caller.Operator, new RentCommand(parse.GetValue(scheme).Value, parse.GetValue(flat), parse.GetValue(month), parse.GetValue(reference)), ct),
                r => io.Out.WriteLine($"Rent {r} for {parse.GetValue(month)} received."));
        });
        return c;
    }

    private static Command Expense(CliIO io)
    {
        var (db, scheme) = (Options.Db(), Options.Scheme());
        var reference = new Option<string>("--reference") { Description = "The expense's reference (invoice number); the same reference twice is one expense.", Required = true };
        var amount = Options.HkdText("--amount", "The amount paid", required: true);
        var payee = new Option<string>("--payee") { Description = "Who was paid.", Required = true };
        var what = new Option<string>("--what") { Description = "What for.", Required = true };
        var c = Command("expense", "Record an expense paid from the income fund's cash (the convener).", scheme, reference, amount, payee, what, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new ExpenseCommand(parse.GetValue(scheme).Value, parse.GetValue(reference), parse.GetValue(amount), parse.GetValue(payee), parse.GetValue(what));
            return io.Answer(await app.RecordExpense.RunAsync(Caller.Operator, command, ct), r => io.Out.WriteLine($"Expense {r} paid to {parse.GetValue(payee)}."));
        });
        return c;
    }

    private static Command Close(CliIO io)
    {
        var (db, scheme, key) = (Options.Db(), Options.Scheme(), Ledger.LedgerCommands.NotaryKeyOption());
        var residue = new Option<string?>("--residue-to") { Description = "Who is paid what is left in escrow (needed when anything is)." };
        var c = Command("close", "Close the scheme once no unit is outstanding; writes every holder's final statement.", scheme, residue, key, db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            return io.Answer(await app.CloseScheme.RunAsync(Caller.Operator, new CloseCommand(parse.GetValue(scheme).Value, parse.GetValue(residue)), ct),
                r => io.Out.WriteLine($"Scheme closed; {r.Holders.Length} final statements written{(r.ResidueCents > 0 ? $"; residue {Hkd(r.ResidueCents)} paid to {r.ResidueTo}" : "")}."));
        });
        return c;
    }

    private static void Print(CliIO io, PayoutRecord r, bool json, string what)
    {
        if (json)
        {
            io.Out.WriteLine(JsonSerializer.Serialize(r, CliJson.CamelCase));
            return;
        }
        io.Out.WriteLine($"Payout {r.Key} {what}.");
        foreach (var l in r.Lines)
        {
            io.Out.WriteLine($"  {l.Step,-16} {l.Name,-40} {Hkd(l.Cents),18}{(l.Payee.Length > 0 && l.Payee != l.Name ? $"  to {l.Payee}" : "")}");
        }
        io.Out.WriteLine($"Batch SHA-256: {r.BatchSha256}");
    }

    private static string Hkd(long cents) => new Primitives.Cents(cents).ToString();

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
