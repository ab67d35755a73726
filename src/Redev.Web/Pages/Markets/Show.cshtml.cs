using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Markets;
using Microsoft.Extensions.Localization;
using Redev.Charts;
using Redev.Cycle;
using Redev.Web.Cycle;

namespace Redev.Web.Pages.Markets;

/// <summary>
/// A market's dashboard: this month's checklist of the four rules, the verdict and what is missing,
/// the charts, and the turning points. <c>?asOf=YYYY-MM</c> shows the market as it could be read in
/// that month, from the data published by then.
/// </summary>
public sealed class ShowModel(RedevApp app, MarketCharts charts, IStringLocalizer<CycleResource> c) : PageModel
{
    public MarketEntry? Entry { get; private set; }
    public CycleReport? Report { get; private set; }
    public YearMonth? AsOf { get; private set; }
    public string? AsOfError { get; private set; }
    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];
    public IReadOnlyList<CycleChart> Charts { get; private set; } = [];
    public IReadOnlyList<TurnRow> Turns { get; private set; } = [];

    /// <summary>The market's name in the page's language (<see cref="CycleWords.MarketName"/>).</summary>
    public string Name { get; private set; } = "";

    /// <summary>The month the page is read in: today, or the as-of month asked for.</summary>
    public YearMonth Today { get; private set; }

    /// <summary>Months between the latest figures' month and <see cref="Today"/>; over <see cref="CycleMonitor.VerdictOldMonths"/> the page warns.</summary>
    public int DataAgeMonths => Report?.Current is { } now ? Today.MonthsSince(now.Month) : 0;

    public async Task<IActionResult> OnGetAsync(string id, string? asOf, CancellationToken ct)
    {
        if (await app.Markets.FindAsync(id, ct) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        if (asOf is { Length: > 0 })
        {
            if (!YearMonth.TryParse(asOf, out var m))
            {
                AsOfError = c["BadMonth", asOf];
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            else if (m > MarketCatalog.ThisMonth(app.Clock))
            {
                AsOfError = c["FutureMonth", asOf];
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            else
            {
                AsOf = m;
            }
        }
        Today = AsOf ?? MarketCatalog.ThisMonth(app.Clock);
        Report = await app.Markets.ReportAsync(id, AsOf, ct);
        if (Report is null)
        {
            return NotFound();
        }
        Items = Checklist.For(Report, c);
        Name = CycleWords.MarketName(c, entry);
        Charts = charts.For(id, AsOf, Report, CycleWords.ChartTexts(c, Name));
        Turns = Rows(Report);
        return Page();
    }

    private List<TurnRow> Rows(CycleReport r)
    {
        var rows = new List<TurnRow>();
        void Add(string label, DatedSeries? s) => rows.AddRange((s?.Retrospective ?? []).Select(t => new TurnRow(label, t)));
        Add(c["Series_volume"], r.Volume);
        Add(c["Series_inventory"], r.Inventory);
        Add(c["Series_price"], r.Price);
        foreach (var (name, s) in r.CorePrices)
        {
            Add(CycleWords.SeriesName(c, "corePrices: " + name), s);
        }
        foreach (var (name, s) in r.Growth)
        {
            Add(CycleWords.SeriesName(c, "growth: " + name), s);
        }
        return rows;
    }
}
