using Redev.App;
using System.CommandLine;
using System.Text.Json;
using Redev.Store.Ledger;
using Spectre.Console;

namespace Redev.Cli.Ledger;

/// <summary><c>redev ledger audit --scheme S</c>: the scheme's audit trail (acts that move no units, such as owner links).</summary>
public static class AuditCommand
{
    public static Command Build(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var db = Options.Db();
        var scheme = Options.Scheme();
        var json = Options.Json();
        var c = new Command("audit", "List a scheme's audit trail: who linked which account to which owner, and when (hash-chained, signed by the notary).");
        c.Options.Add(scheme);
        c.Options.Add(json);
        c.Options.Add(db);
        c.SetAction(async (parse, ct) =>
        {
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var read = await app.Ledger.AuditAsync(Caller.Operator, parse.GetValue(scheme).Value, ct);
            if (!read.Succeeded)
            {
                return io.Refuse(read.Refusal);
            }
            var trail = read.Value;
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(JsonSerializer.Serialize(trail.Select(x => new
                {
                    seq = x.Record.Seq, action = x.Record.Action, actor = x.Record.Actor, subject = x.Record.Subject, detail = x.Record.Detail,
                    at = x.Record.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    hash = Convert.ToHexStringLower(x.Record.Hash),
                }), CliJson.Options));
                return ExitCodes.Ok;
            }
            var t = new Table().AddColumn(new TableColumn("#").RightAligned()).AddColumns("When (Hong Kong)", "Act", "By", "Subject", "Detail", "Hash");
            foreach (var (r, _) in trail)
            {
                t.AddRow(r.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(Schemes.SchemeView.HongKong(r.At)), Markup.Escape(r.Action),
                    Markup.Escape(r.Actor), Markup.Escape(r.Subject), Markup.Escape(r.Detail), Convert.ToHexStringLower(r.Hash)[..12]);
            }
            io.Console.Write(t);
            return ExitCodes.Ok;
        });
        return c;
    }
}
