using System.CommandLine;
using Redev.App;
using Redev.App.Holders;
using Redev.Holders;
using Spectre.Console;

namespace Redev.Cli.Holders;

/// <summary><c>redev holder add|link|unlink|list</c>: holders as identities, and the notary's links from register owners to them.</summary>
public static class HolderCommands
{
    public static Command Build(CliIO io)
    {
        var command = new Command("holder", "Holders (people and companies) and the notary's links from register owners to them.");
        command.Subcommands.Add(Add(io));
        command.Subcommands.Add(Link(io));
        command.Subcommands.Add(Unlink(io));
        command.Subcommands.Add(List(io));
        return command;
    }

    private static Command Add(CliIO io)
    {
        var db = Options.Db();
        var id = new Option<string>("--id") { Description = "The holder's id: 1-40 lower-case letters, digits and dashes, e.g. h-chan-tai-man.", Required = true };
        var kind = new Option<string>("--kind") { Description = "person (the default) or company.", DefaultValueFactory = _ => "person" };
        var en = new Option<string?>("--name-en") { Description = "The name in English, as on the identity document." };
        var zh = new Option<string?>("--name-zh") { Description = "The name in Chinese, as on the identity document." };
        var user = new Option<string?>("--user") { Description = "The sign-in the holder uses on the web, if any." };
        var c = new Command("add", "Register a holder (the notary).");
        foreach (var o in new Option[] { id, kind, en, zh, user, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            var command = new RegisterHolderCommand(parse.GetValue(id), parse.GetValue(kind), parse.GetValue(en), parse.GetValue(zh), parse.GetValue(user));
            return io.Answer(await app.RegisterHolder.RunAsync(Caller.Operator, command, ct),
                h => io.Out.WriteLine($"Registered holder {h.Id} ({h.Name(false)})."));
        });
        return c;
    }

    private static Command Link(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var owner = new Option<string>("--owner") { Description = "The register owner exactly as written in the register.", Required = true };
        var holder = new Option<string>("--holder") { Description = "The holder's id.", Required = true };
        var document = new Option<string>("--document") { Description = "The identity document checked: hkid, passport or br. Its number is never recorded.", Required = true };
        var key = Ledger.LedgerCommands.NotaryKeyOption();
        var c = new Command("link", "Link a register owner to a holder after checking an identity document (the notary); signs a checkpoint over the audit trail.");
        foreach (var o in new Option[] { scheme, owner, holder, document, key, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            var command = new LinkOwnerCommand(parse.GetValue(scheme).Value, parse.GetValue(owner), parse.GetValue(holder), parse.GetValue(document));
            return io.Answer(await app.LinkOwner.RunAsync(Caller.Operator, command, ct),
                l => io.Out.WriteLine($"\"{l.Owner}\" of scheme {l.Scheme} is now linked to holder {l.Holder} ({l.Document.Name()} checked)."));
        });
        return c;
    }

    private static Command Unlink(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var owner = new Option<string>("--owner") { Description = "The linked register owner exactly as written in the register.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the link is undone; kept in the audit trail.", Required = true };
        var key = Ledger.LedgerCommands.NotaryKeyOption();
        var c = new Command("unlink", "Undo a register owner's link to a holder (the notary); appends an owner-unlinked audit record and signs a checkpoint.");
        foreach (var o in new Option[] { scheme, owner, reason, key, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct, parse.GetValue(key));
            var command = new UnlinkOwnerCommand(parse.GetValue(scheme).Value, parse.GetValue(owner), parse.GetValue(reason));
            return io.Answer(await app.UnlinkOwner.RunAsync(Caller.Operator, command, ct),
                r => io.Out.WriteLine($"\"{r.Subject}\" of scheme {r.Scheme} is no longer linked (audit record #{r.Seq})."));
        });
        return c;
    }

    private static Command List(CliIO io)
    {
        var db = Options.Db();
        var c = new Command("list", "List the registered holders.");
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.Holders.ListAsync(Caller.Operator, ct), list =>
            {
                var t = new Table().AddColumns("Holder", "Kind", "Name", "名稱");
                foreach (var h in list)
                {
                    t.AddRow(h.Id.Value, h.Kind == HolderKind.Company ? "company" : "person", Markup.Escape(h.NameEnglish), Markup.Escape(h.NameChinese));
                }
                io.Console.Write(t);
            });
        });
        return c;
    }
}
