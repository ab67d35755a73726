using System.Globalization;
using System.Text.Json;
using Redev.Allocation;
using Spectre.Console;

namespace Redev.Cli.Allocation;

/// <summary>Prints an allocation as a table a flat owner can read, or as JSON for programs.</summary>
public static class AllocationView
{
    public static void Table(CliIO io, AllocationResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(result);
        var total = result.TotalUnits.Value;
        var table = new Table().Title(title).Border(TableBorder.Rounded)
            .AddColumn("Holder").AddColumn("Role")
            .AddColumn(new TableColumn("Units").RightAligned())
            .AddColumn(new TableColumn("Share of fund").RightAligned())
            .AddColumn(new TableColumn("Value at issue price").RightAligned());
        foreach (var line in result.Lines)
        {
            table.AddRow(
                Markup.Escape(line.Holder),
                RoleName(line.Role),
                line.Units.ToString(),
                total == 0 ? "-" : (line.Units.Value * 100m / total).ToString("0.000", CultureInfo.InvariantCulture) + "%",
                line.Value.ToString());
        }
        var sum = result.Terms.IssuePrice * total;
        table.AddRow("[bold]Total[/]", "", $"[bold]{result.TotalUnits}[/]", "100.000%", $"[bold]{sum}[/]");
        io.Console.Write(table);
        io.Console.WriteLine($"Policy: {result.Terms.PolicyName}; weights by {(result.Terms.Weights == WeightBasis.Shares ? "undivided shares" : "appraised value")}; issue price {result.Terms.IssuePrice} per unit.");
        io.Console.WriteLine("Rounding: " + AllocationResult.RoundingRule);
        if (result.Terms.Policy == AllocationPolicy.CostInKind)
        {
            io.Console.WriteLine("Cost-in-kind: the developer's line is its claim fixed in HKD, shown at the issue price; it is never issued as units (docs/building.md).");
        }
    }

    public static string RoleName(HolderRole role) => role switch
    {
        HolderRole.Owner => "owner",
        HolderRole.Developer => "developer",
        HolderRole.BuyOut => "hold-out buy-out",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The documented JSON shape, written straight to UTF-8: a 10,000-flat register has as many holders.</summary>
    public static string Json(AllocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CliJson.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("policy", result.Terms.PolicyName);
            w.WriteNumber("issuePrice", result.Terms.IssuePrice.ToDecimalDollars());
            w.WriteString("weights", result.Terms.Weights == WeightBasis.Shares ? "shares" : "appraised");
            w.WriteNumber("totalUnits", result.TotalUnits.Value);
            w.WriteString("roundingRule", AllocationResult.RoundingRule);
            w.WriteStartArray("holders");
            foreach (var l in result.Lines)
            {
                w.WriteStartObject();
                w.WriteString("holder", l.Holder);
                w.WriteString("role", RoleName(l.Role));
                w.WriteNumber("units", l.Units.Value);
                w.WriteNumber("valueHkd", l.Value.ToDecimalDollars());
                w.WriteString("entitlement", l.Entitlement.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
