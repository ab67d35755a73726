using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Redev.App;
using Redev.App.Statements;
using Redev.Schemes;
using Redev.Statements;
using Spectre.Console;

namespace Redev.Cli.Statements;

/// <summary>
/// <c>redev statement</c>: a holder's statement for a period, as a table, the canonical CSV (<c>--csv</c>) or the
/// API's JSON (<c>--json</c>), in English or Traditional Chinese (<c>--lang</c>). The use case builds it; this only prints.
/// </summary>
public static class StatementCommands
{
    /// <summary>The API's JSON spelling (camelCase), with Chinese and names written as they are.</summary>
    private static readonly JsonSerializerOptions Json = new(CliJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Build(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var holder = new Option<string>("--holder") { Description = "The holder exactly as in the ledger (an owner as written in the register, @developer, @holder:ID).", Required = true };
        var from = new Option<string?>("--from") { Description = "The period's first day, a Hong Kong date YYYY-MM-DD. Default: the day of the holder's first entry." };
        var to = new Option<string?>("--to") { Description = "The day after the period's last (excluded), YYYY-MM-DD. Default: tomorrow, so the statement runs to now." };
        var csv = new Option<bool>("--csv") { Description = "Print the statement's CSV (movements, then the summary block)." };
        var json = Options.Json();
        var lang = new Option<StatementLanguage>("--lang")
        {
            Description = "en (the default) or zh-HK: the language of the headings.",
            DefaultValueFactory = _ => StatementLanguage.English,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "en";
                if (StatementWords.TryParseLanguage(text, out var language))
                {
                    return language;
                }
                r.AddError($"--lang: \"{text}\" is not a language of Redev; use en or zh-HK.");
                return StatementLanguage.English;
            },
        };
        var c = new Command("statement", "A holder's statement for a period: opening fund units, every movement, distributions, closing units, NAV and value.");
        foreach (var o in new Option[] { scheme, holder, from, to, csv, json, lang, db })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(csv) && parse.GetValue(json))
            {
                io.Err.WriteLine("error: give --csv or --json, not both.");
                return ExitCodes.BadInput;
            }
            await using var app = await StoreAccess.OpenExistingAsync(io, parse.GetValue(db), ct);
            var command = new StatementCommand(parse.GetValue(scheme).Value, parse.GetValue(holder), parse.GetValue(from), parse.GetValue(to));
            var language = parse.GetValue(lang);
            return io.Answer(await app.Statement.RunAsync(Caller.Operator, command, ct), s =>
            {
                if (parse.GetValue(csv))
                {
                    io.Out.Write(StatementCsv.Write(s, language));
                }
                else if (parse.GetValue(json))
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(StatementDocument.Of(s), Json));
                }
                else
                {
                    Print(io, s, language);
                }
            });
        });
        return c;
    }

    /// <summary>The statement for a person at a terminal: the movements as a table, then the summary.</summary>
    private static void Print(CliIO io, HolderStatement s, StatementLanguage language)
    {
        var columns = StatementWords.MovementColumns(language);
        var table = new Table().Border(TableBorder.Simple);
        // When, what, with whom, units in/out, balance, cash to/from, seq: the columns a reader checks; the CSV has them all.
        int[] shown = [0, 2, 3, 4, 5, 7, 8, 9, 13];
        foreach (var i in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(columns[i])));
        }
        foreach (var m in s.Movements)
        {
            table.AddRow(
                m.At.ToOffset(Scheme.HongKongOffset).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
                Markup.Escape(StatementWords.Code(language, m.Code)),
                Markup.Escape(m.Counterparty + (m.Payee is { } p ? $" → {p}" : "")),
                N(m.UnitsIn), N(m.UnitsOut), N(m.UnitsAfter),
                StatementCsv.Hkd(m.CashToHolderCents), StatementCsv.Hkd(m.CashFromHolderCents), N(m.Seq));
        }
        io.Out.WriteLine($"{StatementWords.Summary(language, SummaryLine.Scheme)}: {s.Scheme}   {StatementWords.Summary(language, SummaryLine.Holder)}: {s.Holder}");
        io.Out.WriteLine($"{StatementWords.Summary(language, SummaryLine.From)}: {s.Period.From:yyyy-MM-dd}   {StatementWords.Summary(language, SummaryLine.To)}: {s.Period.To:yyyy-MM-dd}");
        io.Console.Write(table);
        foreach (var (line, value) in new (SummaryLine, string)[]
        {
            (SummaryLine.OpeningUnits, N(s.OpeningUnits)),
            (SummaryLine.UnitsIn, N(s.UnitsIn)),
            (SummaryLine.UnitsOut, N(s.UnitsOut)),
            (SummaryLine.ClosingUnits, N(s.ClosingUnits)),
            (SummaryLine.Distributions, StatementCsv.Hkd(s.Distributions.Value)),
            (SummaryLine.CashFromHolder, StatementCsv.Hkd(s.CashFromHolder.Value)),
            (SummaryLine.Nav, s.Nav is { } n ? $"{StatementCsv.Hkd(n.PerUnitCents.Value)} ({n.ValuedOn:yyyy-MM-dd})" : StatementWords.NoValuation(language)),
            (SummaryLine.Value, s.Value is { } v ? StatementCsv.Hkd(v.Value) : StatementWords.NoValuation(language)),
        })
        {
            io.Out.WriteLine($"{StatementWords.Summary(language, line)}: {value}");
        }
        io.Out.WriteLine(StatementWords.RoundingRule(language));
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
