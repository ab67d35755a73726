using System.Collections.Concurrent;
using Redev.Charts;
using Redev.Cycle;

namespace Redev.Web.Cycle;

/// <summary>
/// A market report's charts as inline SVG, titled in the current culture's words and kept: markets never
/// change once read, so a drawing is made once per market, month and language. The number kept is bounded.
/// </summary>
public sealed class MarketCharts
{
    private const int MaxKept = 128;

    private readonly ConcurrentDictionary<(string Id, YearMonth? AsOf, string Culture), IReadOnlyList<CycleChart>> _charts = new();

    public IReadOnlyList<CycleChart> For(string id, YearMonth? asOf, CycleReport report, CycleChartTexts texts)
    {
        var key = (id, asOf, System.Globalization.CultureInfo.CurrentUICulture.Name);
        if (_charts.TryGetValue(key, out var kept))
        {
            return kept;
        }
        var charts = CycleCharts.Svgs(report, texts);
        if (_charts.Count >= MaxKept)
        {
            _charts.Clear();
        }
        _charts[key] = charts;
        return charts;
    }
}
