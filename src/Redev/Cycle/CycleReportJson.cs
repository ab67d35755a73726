using System.Text.Json;
using System.Text.Json.Nodes;

namespace Redev.Cycle;

/// <summary>
/// The JSON of <c>redev cycle signals --json</c>, in the shape issue 5 fixes for programs and the dashboard.
/// Kept in the domain so the CLI and the web API print the very same document.
/// </summary>
public static class CycleReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(CycleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var current = report.Current;
        var root = new JsonObject
        {
            ["market"] = report.Market,
            ["asOf"] = report.AsOf.ToString(),
            ["turningPoints"] = new JsonObject
            {
                ["volume"] = Points(report.Volume),
                ["inventory"] = Points(report.Inventory),
                ["price"] = Points(report.Price),
                ["corePrices"] = Named(report.CorePrices),
                ["growth"] = Named(report.Growth),
            },
            ["episodes"] = new JsonArray(report.Episodes.Select(Episode).ToArray<JsonNode?>()),
            ["monthly"] = new JsonArray(report.Monthly.Select(Month).ToArray<JsonNode?>()),
            ["current"] = current is null ? null : new JsonObject
            {
                ["stage"] = current.Stage,
                ["verdict"] = Verdict(current.Verdict),
                ["missing"] = new JsonArray(current.Missing.Select(s => (JsonNode?)s).ToArray()),
                ["stale"] = new JsonArray(current.Stale.Select(Stale).ToArray<JsonNode?>()),
            },
            ["notes"] = new JsonArray(report.Notes.Select(s => (JsonNode?)s).ToArray()),
        };
        return root.ToJsonString(Indented);
    }

    /// <summary>Verdicts in the lower-case words of the issue (downturn, bottoming, stabilising, expanding, cannot tell).</summary>
    public static string Verdict(CycleVerdict v) => v == CycleVerdict.CannotTell ? "cannot tell" : v.ToString().ToLowerInvariant();

    private static JsonObject Stale(StaleSeries s) => new() { ["series"] = s.Series, ["lastMonth"] = s.LastMonth.ToString() };

    private static JsonArray Points(DatedSeries? s) =>
        new((s?.Retrospective ?? []).Select(t => (JsonNode?)new JsonObject
        {
            ["type"] = t.Type == TurningPointType.Trough ? "trough" : "peak",
            ["month"] = t.Month.ToString(),
            ["confirmedMonth"] = t.ConfirmedMonth.ToString(),
        }).ToArray());

    private static JsonObject Named(IReadOnlyDictionary<string, DatedSeries> all)
    {
        var o = new JsonObject();
        foreach (var (name, s) in all)
        {
            o[name] = Points(s);
        }
        return o;
    }

    private static JsonObject Episode(Episode e)
    {
        var leads = new JsonObject();
        foreach (var (name, months) in e.CoreLeadMonths)
        {
            leads[name] = months;
        }
        return new JsonObject
        {
            ["volumeTrough"] = e.VolumeTrough?.ToString(),
            ["inventoryPeak"] = e.InventoryPeak?.ToString(),
            ["priceTrough"] = e.PriceTrough.ToString(),
            ["orderHeld"] = e.OrderHeld,
            ["yieldGapBpAtPriceTrough"] = e.YieldGapBpAtPriceTrough,
            ["coreLeadMonths"] = leads,
            ["growthImproving"] = e.GrowthImproving,
        };
    }

    private static JsonObject Month(MonthSignal m) => new()
    {
        ["month"] = m.Month.ToString(),
        ["stage"] = m.Stage,
        ["yieldGapBp"] = m.YieldGapBp,
        ["moneyEasy"] = m.MoneyEasy,
        ["growthImproving"] = m.GrowthImproving,
        ["coreFirst"] = m.CoreFirst,
        ["verdict"] = Verdict(m.Verdict),
    };
}
