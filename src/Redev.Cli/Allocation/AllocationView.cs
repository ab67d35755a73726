using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    }

    public static string RoleName(HolderRole role) => role switch
    {
        HolderRole.Owner => "owner",
        HolderRole.Developer => "developer",
        HolderRole.BuyOut => "hold-out buy-out",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Json(AllocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var holders = new JsonArray();
        foreach (var l in result.Lines)
        {
            holders.Add(new JsonObject
            {
                ["holder"] = l.Holder,
                ["role"] = RoleName(l.Role),
                ["units"] = l.Units.Value,
                ["valueHkd"] = l.Value.ToDecimalDollars(),
                ["entitlement"] = l.Entitlement.ToString(),
            });
        }
        var root = new JsonObject
        {
            ["policy"] = result.Terms.PolicyName,
            ["issuePrice"] = result.Terms.IssuePrice.ToDecimalDollars(),
            ["weights"] = result.Terms.Weights == WeightBasis.Shares ? "shares" : "appraised",
            ["totalUnits"] = result.TotalUnits.Value,
            ["roundingRule"] = AllocationResult.RoundingRule,
            ["holders"] = holders,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
