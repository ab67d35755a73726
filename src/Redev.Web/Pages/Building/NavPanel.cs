using Microsoft.Extensions.Localization;
using Redev.App.Building;
using Redev.Charts;
using Redev.Primitives;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Building;

/// <summary>
/// NAV as the holdings and building pages show it: per unit to the cent, the holder's units at NAV, the
/// valuation date, a plain sentence when the fund has lost value, the history as a step chart and a table.
/// </summary>
/// <param name="Units">The holder's fund units, or null on a page that shows no one's holding.</param>
/// <param name="Prefix">Unique per panel on a page (element ids).</param>
public sealed record NavPanel(NavView Nav, long? Units, string Prefix)
{
    /// <summary>The holder's units at NAV, to the cent (rounded once, from the exact NAV).</summary>
    public Cents? HoldingValue => Nav.Current is { } c && Units is { } u ? Cents.RoundFromDollars(c.PerUnit * Rational.FromInteger(u)) : null;

    /// <summary>What the holder's units have lost against the issue price, to the cent.</summary>
    public Cents? HoldingLoss => Nav.Current is { } c && Units is { } u && Nav.LossPerUnit is not null
        ? Cents.RoundFromDollars(c.LossPerUnit(Nav.IssuePrice) * Rational.FromInteger(u))
        : null;

    public string ChartSvg(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var points = Nav.History.Select(h => new NavPoint(h.ValuedOn, h.Nav.PerUnitCents.Value / 100m)).ToArray();
        var last = Nav.History[^1];
        var alt = l["NavChartAlt", Display.Date(Nav.History[0].ValuedOn), Display.Date(last.ValuedOn), Display.Hkd(last.Nav.PerUnitCents), Display.Hkd(Nav.IssuePrice)];
        var labels = new NavChartLabels(l["NavChartTitle"], l["NavValuedOn"], l["NavChartY"], l["NavShort"], l["NavIssuePriceShort"]);
        return NavCharts.HistorySvg(points, Nav.IssuePrice.Value / 100m, labels, alt, Prefix);
    }
}
