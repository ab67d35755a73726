using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Redev.Cycle;
using Redev.Store;
using Redev.Web.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Cycle;

/// <summary>Issue 14: the dashboard says "cannot tell" where the data cannot support a reading, names stale series, and dates its figures.</summary>
public class DashboardLimitsTests
{
    private static void Use(string culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

    private static async Task<(IStringLocalizer<CycleResource> L, CycleReport Report, WebFactory App)> OpenAsync(string id, string? asOf)
    {
        var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var catalog = f.Services.GetRequiredService<Redev.App.RedevApp>().Markets;
        YearMonth? month = asOf is null ? null : YearMonth.TryParse(asOf, out var m) ? m : throw new ArgumentException(asOf);
        var report = await catalog.ReportAsync(id, month, CancellationToken.None);
        return (f.Services.GetRequiredService<IStringLocalizer<CycleResource>>(), report!, f);
    }

    [Fact]
    public async Task A_prices_only_market_cannot_tell_rule_one_or_the_verdict()
    {
        Use("en-HK");
        var (l, report, app) = await OpenAsync("japan", "2025-06");
        await using var _ = app;

        var rule1 = Checklist.For(report, l)[0];

        Assert.Equal("1. Order of the cycle: not evaluable: no sales (volume) series, not evaluable: no stock of unsold homes series — cannot tell the stage", rule1.Text);
        Assert.Equal(RuleState.NotEvaluable, rule1.State);
        Assert.Equal("Cannot tell", CycleWords.Verdict(l, report.Current!.Verdict));
        Use("zh-HK");
        Assert.Equal("未能判斷", CycleWords.Verdict(l, report.Current!.Verdict));
        Assert.EndsWith("未能判斷階段", Checklist.For(report, l)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sales_figures_that_begin_after_the_price_peak_are_said_in_both_languages()
    {
        Use("en-HK");
        var (l, _, app) = await OpenAsync("hong-kong", null);
        await using var _ = app;

        Assert.Equal("cannot tell: the sales (volume) figures begin after June 2008", CycleWords.Missing(l, "cannot tell: volume data begin after 2008-06"));
        Use("zh-HK");
        Assert.Equal("未能判斷：成交量數據在2008年6月之後才開始", CycleWords.Missing(l, "cannot tell: volume data begin after 2008-06"));
    }

    [Fact]
    public async Task The_US_money_rule_names_its_stale_yield_and_the_month_it_stopped()
    {
        Use("en-HK");
        var (l, report, app) = await OpenAsync("united-states", null);
        await using var _ = app;

        var rule3 = Checklist.For(report, l)[2];

        Assert.Equal(RuleState.Unknown, rule3.State);
        Assert.Contains("10-year yield: no figure after November 2023 (stale)", rule3.Text, StringComparison.Ordinal);
        Assert.Contains("10-year yield: no figure after November 2023 (stale)", report.Current!.Missing.Select(m => CycleWords.Missing(l, m)));
        Use("zh-HK");
        Assert.Contains("2023年11月之後沒有數字", Checklist.For(report, l)[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_titles_fit_a_city_market()
    {
        Use("en-HK");
        var (l, _, app) = await OpenAsync("hong-kong", null);
        await using var __ = app;

        var title = CycleWords.ChartTexts(l).Prices("Hong Kong");

        Assert.Equal("Hong Kong: whole-market and core-area prices", title);
        Assert.DoesNotContain("national", Charts.CycleChartTexts.English.Prices("Hong Kong"), StringComparison.OrdinalIgnoreCase);
        Use("zh-HK");
        Assert.DoesNotContain("全國", CycleWords.ChartTexts(l).Prices("香港"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-15T04:00:00Z", true)]
    [InlineData("2026-09-10T04:00:00Z", false)]
    public async Task The_dashboard_dates_its_figures_against_today_and_warns_when_they_are_old(string now, bool warns)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite, clock: clock);
        using var http = await ApiClient.SignedInPageClientAsync(f, "investor");
        var latest = (await f.Services.GetRequiredService<Redev.App.RedevApp>().Markets.ReportAsync("hong-kong", null, CancellationToken.None))!.Current!.Month;
        var today = YearMonth.Of(clock.GetUtcNow().Year, clock.GetUtcNow().Month);

        var r = await http.GetAsync("/Markets/hong-kong");
        var html = await r.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(warns, today.MonthsSince(latest) > CycleMonitor.VerdictOldMonths);
        Assert.Contains($"Latest figures: {Month(latest)}. Today: {Month(today)}.", html, StringComparison.Ordinal);
        Assert.Equal(warns, html.Contains("id=\"verdict-old\"", StringComparison.Ordinal));
        // Months' supply from the same sales figures is said to be no independent confirmation.
        Assert.Contains("does not confirm the sales low independently", html, StringComparison.Ordinal);
    }

    private static string Month(YearMonth m) => new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
