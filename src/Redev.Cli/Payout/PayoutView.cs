using System.Text.Json;
using Redev.Payout;
using Spectre.Console;

namespace Redev.Cli.Payout;

/// <summary>Prints a payout as a table a holder can read, or as the JSON of docs/payout.md for programs.</summary>
public static class PayoutView
{
    public static void Table(CliIO io, PayoutResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded)
            .AddColumn("Holder")
            .AddColumn(new TableColumn("Units").RightAligned())
            .AddColumn(new TableColumn("Paid").RightAligned())
            .AddColumn("Payee");
        foreach (var line in result.Lines)
        {
            table.AddRow(Markup.Escape(line.Holder), line.Units.ToString(System.Globalization.CultureInfo.InvariantCulture),
                line.Cents.ToString(), Markup.Escape(line.Payee));
        }
        var units = result.Lines.Aggregate(System.Numerics.BigInteger.Zero, (s, l) => s + l.Units);
        table.AddRow("[bold]Holders[/]", $"[bold]{units}[/]", $"[bold]{result.Net}[/]", "");
        io.Console.Write(table);
        io.Console.WriteLine($"Amount {result.Amount}; fee {result.Fee} (rate {result.Rate.Text}); paid to holders {result.Net}.");
        io.Console.WriteLine("Rounding: " + PayoutResult.RoundingRule);
    }

    /// <summary>The documented JSON shape: <c>{"amountCents","feeCents","holders":[{"holder","units","cents","payee"}]}</c>.</summary>
    public static string Json(PayoutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CliJson.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("amountCents", result.Amount.Value);
            w.WriteNumber("feeCents", result.Fee.Value);
            w.WriteStartArray("holders");
            foreach (var l in result.Lines)
            {
                w.WriteStartObject();
                w.WriteString("holder", l.Holder);
                w.WriteNumber("units", l.Units);
                w.WriteNumber("cents", l.Cents.Value);
                w.WriteString("payee", l.Payee);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
