using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Redev.Charts;
using Redev.Cycle;
using Redev.App;
using Redev.App.Markets;
using Redev.Store;
using Redev.Web.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>The dashboard's plain words and inline charts, on the shipped US market in August 2009 (stage 2, money just not easy).</summary>
public class DashboardTextTests
{
    // The culture is set by each test itself: a culture set inside an async helper does not flow back to its caller.
    private static void Use(string culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

    private static async Task<(IStringLocalizer<CycleResource> L, CycleReport Report, MarketCatalog Catalog, WebFactory App)> OpenAsync(string asOf)
    {
        var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var catalog = f.Services.GetRequiredService<RedevApp>().Markets;
        Assert.True(YearMonth.TryParse(asOf, out var month));
        var report = await catalog.ReportAsync("united-states", month, CancellationToken.None);
        return (f.Services.GetRequiredService<IStringLocalizer<CycleResource>>(), report!, catalog, f);
    }

    [Fact]
    public async Task The_checklist_of_August_2009_says_sales_and_stock_have_turned_and_money_is_not_easy()
    {
        Use("en-HK");
        var (l, report, _, app) = await OpenAsync("2009-08");
        await using var _ = app;

        var items = Checklist.For(report, l);

        Assert.Equal(
        [
            "1. Order of the cycle: sales have bottomed, stock of unsold homes has peaked or is falling, prices have not yet bottomed — stage 2 of 3",
            "2. Core cities first: not evaluable: no core-city price series",
            "3. Money: the 10-year yield is 2.06 points above core inflation — not easy (limit 2 points)",
            "4. Growth expectations: not evaluable: no growth series",
        ], items.Select(i => i.Text).ToArray());
        Assert.Equal([RuleState.NotMet, RuleState.NotEvaluable, RuleState.NotMet, RuleState.NotEvaluable], items.Select(i => i.State).ToArray());
        Assert.Contains("money is not easy: the 10-year yield is 2.06 points above core inflation (limit 2 points)",
            report.Current!.Missing.Select(m => CycleWords.Missing(l, m)));
    }

    [Fact]
    public async Task The_checklist_of_August_2009_reads_in_Traditional_Chinese()
    {
        Use("zh-HK");
        var (l, report, _, app) = await OpenAsync("2009-08");
        await using var _ = app;

        var items = Checklist.For(report, l);

        Assert.Equal("1. 週期次序：成交量已見底、未售樓宇存量已見頂或正在回落、樓價尚未見底 — 第 2 階段（共 3 階段）", items[0].Text);
        Assert.Equal("3. 資金：十年期債息高於核心通脹 2.06 個百分點 — 資金未算寬鬆（上限 2 個百分點）", items[2].Text);
        Assert.Equal("築底", CycleWords.Verdict(l, report.Current!.Verdict));
        Assert.Equal("2009年8月", CycleWords.Month(report.AsOf));
        var texts = CycleWords.ChartTexts(l);
        Assert.Equal("樓價（全市）", texts.SeriesName("price"));
        Assert.Equal("Boston", texts.SeriesName("Boston"));
    }

    [Fact]
    public async Task Inline_charts_have_ids_unique_across_the_page_and_scale_with_it()
    {
        Use("en-HK");
        var (l, report, catalog, app) = await OpenAsync("2009-08");
        await using var _ = app;

        var charts = app.Services.GetRequiredService<MarketCharts>().For("united-states", report.AsOf, report, CycleWords.ChartTexts(l));

        Assert.Equal(["volume", "inventory", "prices", "spread"], charts.Select(c => c.Name).ToArray());
        // Both drawings of every chart (desktop and phone) share the page.
        var ids = charts.SelectMany(c => Regex.Matches(c.Svg + c.PhoneSvg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(charts, c => Assert.StartsWith("<svg viewBox=\"0 0 1000 460\"", c.Svg, StringComparison.Ordinal));
        Assert.All(charts, c => Assert.StartsWith("<svg viewBox=\"0 0 400 440\"", c.PhoneSvg, StringComparison.Ordinal));
        Assert.All(charts, c => Assert.All(Regex.Matches(c.Svg + c.PhoneSvg, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value), id => Assert.Contains(id, ids)));
        Assert.Contains("United States (new homes): is money easy? (rule 3)", charts[3].Title, StringComparison.Ordinal);
    }
}
