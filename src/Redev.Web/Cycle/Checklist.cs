using Microsoft.Extensions.Localization;
using Redev.Cycle;

namespace Redev.Web.Cycle;

/// <summary>
/// The four rules for the report's latest month, each as one sentence a reader without the jargon can
/// follow ("sales have bottomed, ... — stage 2 of 3"). Everything comes from the real-time reading of
/// that month (<see cref="CycleReport.Current"/> and the turning points known then), never from dates
/// found later.
/// </summary>
public static class Checklist
{
    private static readonly string[] MoneyRoles = ["yield10y", "coreInflation"];

    private static readonly string[] OrderRoles = ["volume", "inventory"];

    private const string NotImproving = "growth expectations not improving: ";

    /// <summary>"1. Order of the cycle: ..." with the colon of the reader's language.</summary>
    private static string Line(IStringLocalizer l, string title, string body) => l["RuleLine", title, body];

    public static IReadOnlyList<ChecklistItem> For(CycleReport report, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(l);
        var now = report.Current;
        if (now is null)
        {
            return [];
        }
        return [Order(report, now, l), Core(report, l), Money(report, now, l), Growth(report, now, l)];
    }

    private static ChecklistItem Order(CycleReport r, MonthSignal now, IStringLocalizer l)
    {
        var title = l["Rule1"];
        if (r.Price is null)
        {
            return new(1, RuleState.NotEvaluable, Line(l, title, l["NotEvaluable", l["Role_price"]]));
        }
        if (now.Stage is not { } stage)
        {
            // Rule 1 is the order of three series: a missing or stale one leaves it untold, never met.
            var lacking = OrderRoles.Where(role => now.Missing.Contains($"not evaluable: no {role} series")).ToList();
            var stale = now.Stale.Where(x => x.Series is "volume" or "inventory" or "price").ToList();
            var why = lacking.Select(role => l["NotEvaluable", l["Role_" + role]].Value)
                .Concat(now.Missing.Where(m => m.StartsWith("cannot tell: ", StringComparison.Ordinal)).Select(m => CycleWords.Missing(l, m)))
                .Concat(stale.Select(x => l["StaleSeries", CycleWords.SeriesName(l, x.Series), CycleWords.Month(x.LastMonth)].Value));
            return new(1, lacking.Count > 0 ? RuleState.NotEvaluable : RuleState.Unknown,
                Line(l, title, $"{string.Join(l["ListSeparator"], why)} — {l["StageCannotTell"]}"));
        }
        var parts = new List<string>();
        if (stage < 3)
        {
            parts.Add(r.Volume is null ? l["NotEvaluable", l["Role_volume"]] : stage >= 1 ? l["SalesBottomed"] : l["SalesNotBottomed"]);
            parts.Add(r.Inventory is null ? l["NotEvaluable", l["Role_inventory"]] : stage >= 2 ? l["StockPeaked"] : l["StockNotPeaked"]);
        }
        parts.Add(stage >= 3 ? l["PricesBottomed"] : l["PricesNotBottomed"]);
        var text = Line(l, title, $"{string.Join(l["ListSeparator"], parts)} — {l["StageOf", stage]}");
        return new(1, stage >= 3 ? RuleState.Met : RuleState.NotMet, text);
    }

    private static ChecklistItem Core(CycleReport r, IStringLocalizer l)
    {
        var title = l["Rule2"];
        if (r.CorePrices.Count == 0)
        {
            return new(2, RuleState.NotEvaluable, Line(l, title, l["NotEvaluable", l["Role_corePrices"]]));
        }
        var parts = new List<string>();
        var month = r.Current!.Month;
        foreach (var (series, s) in r.CorePrices)
        {
            // The market file names its core series in its own words; the legend's translation names it here too.
            var name = l["Legend_" + series] is { ResourceNotFound: false } shown ? shown.Value : series;
            var known = s.KnownAt(month);
            var last = known.Count > 0 ? known[^1] : null;
            parts.Add(last switch
            {
                null => l["CoreNoTurn", name],
                { Type: TurningPointType.Trough } t => l["CoreBottomed", name, CycleWords.Month(t.Month)],
                { } t => l["CoreNotBottomed", name, CycleWords.Month(t.Month)],
            });
        }
        // The month's own reading (MonthSignal.CoreFirst) decides, so a core area that troughed after the national trough is not met.
        var all = r.Current.CoreFirst == true;
        var state = all ? RuleState.Met : RuleState.NotMet;
        return new(2, state, Line(l, title, $"{string.Join(l["ListSeparator"], parts)} — {l[all ? "CoreMet" : "CoreNotMet"]}"));
    }

    private static ChecklistItem Money(CycleReport r, MonthSignal now, IStringLocalizer l)
    {
        var title = l["Rule3"];
        var limit = CycleWords.Points(r.Parameters.MoneyEasyBp);
        // The monitor names each role it lacks in the month's missing list (docs/cycle.md).
        var lacking = MoneyRoles.Where(role => now.Missing.Contains($"not evaluable: no {role} series")).ToList();
        if (lacking.Count > 0)
        {
            return new(3, RuleState.NotEvaluable, Line(l, title, string.Join(l["ListSeparator"], lacking.Select(role => l["NotEvaluable", l["Role_" + role]].Value))));
        }
        var stale = now.Stale.Where(x => x.Series is "yield10y" or "coreInflation").ToList();
        if (stale.Count > 0)
        {
            return new(3, RuleState.Unknown, Line(l, title,
                string.Join(l["ListSeparator"], stale.Select(x => l["StaleSeries", CycleWords.SeriesName(l, x.Series), CycleWords.Month(x.LastMonth)].Value))));
        }
        if (now.YieldGapBp is not { } gap)
        {
            return new(3, RuleState.Unknown, Line(l, title, l["MoneyNoReading", limit]));
        }
        var easy = now.MoneyEasy == true;
        var text = l["MoneyGap", CycleWords.Points(gap), l[gap < 0 ? "Below" : "Above"], l[easy ? "Easy" : "NotEasy"], limit];
        return new(3, easy ? RuleState.Met : RuleState.NotMet, Line(l, title, text));
    }

    private static ChecklistItem Growth(CycleReport r, MonthSignal now, IStringLocalizer l)
    {
        var title = l["Rule4"];
        if (r.Growth.Count == 0)
        {
            return new(4, RuleState.NotEvaluable, Line(l, title, l["NotEvaluable", l["Role_growth"]]));
        }
        var names = string.Join(l["ListSeparator"], r.Growth.Keys);
        return now.GrowthImproving switch
        {
            true => new(4, RuleState.Met, Line(l, title, l["GrowthImproving", names])),
            false => new(4, RuleState.NotMet, Line(l, title, l["GrowthNotImproving", string.Join(l["ListSeparator"], now.Missing.Where(m => m.StartsWith(NotImproving, StringComparison.Ordinal)).Select(m => m[NotImproving.Length..]))])),
            null => new(4, RuleState.Unknown, Line(l, title, l["GrowthUnclear", names])),
        };
    }
}
