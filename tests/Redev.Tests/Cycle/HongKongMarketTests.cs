using System.Globalization;
using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>
/// Issue 14 point 4: Hong Kong on its own public series (Land Registry agreements, RVD prices by class,
/// stock and vacancy) evaluates rules 1 and 2; rule 3 has no shippable yield and says so.
/// </summary>
public class HongKongMarketTests
{
    [Fact]
    public void Hong_Kong_reads_rule_one_from_land_registry_volume_and_rvd_vacancy_since_2015()
    {
        var report = CycleMonitor.Evaluate(Markets.Shipped("hong-kong"));

        Assert.NotNull(report.Volume);
        Assert.NotNull(report.Inventory);
        // The 2025 low: sales bottomed in late 2023, before prices (RVD all classes) turned in early 2025.
        var e = Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2024, 10) && e.PriceTrough <= YearMonth.Of(2025, 6));
        Assert.True(e.OrderHeld);
        Assert.True(e.VolumeTrough < e.PriceTrough);
        Assert.Contains(report.Monthly, m => m.Month >= YearMonth.Of(2016, 1) && m.Stage is not null);
        // Months' supply is vacant flats ÷ the same agreements: said, not counted as a second witness.
        Assert.Equal([CycleMonitor.InventoryNotIndependent], report.Notes);
    }

    [Fact]
    public void Hong_Kong_large_flats_are_its_core_and_feed_rule_two_in_real_time()
    {
        var report = CycleMonitor.Evaluate(Markets.Shipped("hong-kong"));

        var core = Assert.Single(report.CorePrices);
        Assert.Equal("Large flats (classes D–E)", core.Key);
        Assert.Contains(report.Episodes, e => e.CoreLeadMonths.ContainsKey(core.Key));
        Assert.All(report.Monthly, m => Assert.NotNull(m.CoreFirst));
        Assert.DoesNotContain("not evaluable: no corePrices series", report.Current!.Missing);
    }

    [Fact]
    public void Hong_Kong_rule_three_is_not_evaluable_without_a_ten_year_yield()
    {
        var now = CycleMonitor.Evaluate(Markets.Shipped("hong-kong")).Current!;

        Assert.Contains("not evaluable: no yield10y series", now.Missing);
        Assert.Null(now.MoneyEasy);
    }

    [Fact]
    public void An_annual_stock_reaches_each_month_only_once_published()
    {
        // Year-end vacancy is published four months after the year ends (RVD's Property Review in April).
        var stock = new MarketSeries(new TimeSeries("vacant", YearMonth.Of(2022, 1), 12, [1200, 2400, 3600]), 4);
        var sales = new MarketSeries(new TimeSeries("sales", YearMonth.Of(2022, 1), 1, Enumerable.Repeat(100.0, 48)), 1);

        var supply = Derive.MonthsSupply(stock, sales, salesAnnualised: false);

        // 2022's figure is known from April 2023; until April 2024 every month uses it, not 2023's.
        Assert.Equal(YearMonth.Of(2023, 4), supply.Series.Start);
        Assert.Equal(12.0, supply.Series.ValueAt(YearMonth.Of(2024, 3)));
        Assert.Equal(24.0, supply.Series.ValueAt(YearMonth.Of(2024, 4)));
        Assert.Equal(1, supply.PublicationLagMonths);
    }

    [Fact]
    public void An_annual_series_anywhere_but_an_inventory_stock_is_refused_with_its_line()
    {
        var dir = Path.GetTempPath();
        var annual = "date,value\n2020-01-01,1\n2021-01-01,2\n2022-01-01,3\n";
        var json = "{\n  \"price\": { \"file\": \"a.csv\" }\n}";

        var r = MarketFile.Parse(Path.Combine(dir, "m.json"), json, _ => annual);

        var problem = Assert.Single(r.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("price", problem.Field);
        Assert.Contains("annual", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vacancy_rate_without_its_stock_is_refused()
    {
        var json = """{ "volume": { "file": "v.csv" }, "inventory": { "file": "r.csv", "kind": "vacancyRate" } }""";

        var r = MarketFile.Parse(Path.Combine(Path.GetTempPath(), "m.json"), json,
            p => p.EndsWith("v.csv", StringComparison.Ordinal) ? Synthetic.Csv(YearMonth.Of(2020, 1), [1, 2, 3]) : "date,value\n2020-01-01,0.04\n2021-01-01,0.05\n");

        Assert.Contains(r.Problems, p => p.Field == "inventory.stock" && p.Message.Contains("needs the stock", StringComparison.Ordinal));
    }

    /// <summary>
    /// Why the shipped market leaves rule 3 untold: one-month HIBOR against headline CPI, the only money
    /// series found, read money as tight (over 500 bp) at the 2003 SARS low, when deflation made any
    /// short rate high in real terms, and as easy (below 0) in 2008–09 and 2012 with prices still falling. A
    /// threshold stated for a 10-year yield does not transfer to it. HIBOR's licence is unchecked, so it
    /// is read from the shared folder only.
    /// </summary>
    [Fact]
    public void A_hibor_stand_in_for_the_yield_reads_money_tight_at_the_2003_low()
    {
        var hibor = RepoData.RequireSharedFile(Path.Combine("hk", "hk_hibor_1m_monthly_avg.csv"), "one-month HIBOR, not shippable");
        var cpi = RepoData.RequireSharedFile(Path.Combine("hk", "hk_cpi_composite_yoy_bis_monthly.csv"), "HK headline CPI");
        string F(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);
        var json = $$"""
            {
              "name": "Hong Kong (HIBOR stand-in)",
              "price": { "file": "{{F(Path.Combine(RepoData.Markets, "hk_rvd_price_index_all_classes_monthly.csv"))}}", "publicationLagMonths": 1 },
              "yield10y": { "file": "{{F(hibor)}}" },
              "coreInflation": { "file": "{{F(cpi)}}", "kind": "rate", "publicationLagMonths": 1 }
            }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"hk-hibor-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        var report = CycleMonitor.Evaluate(Markets.Load(path));

        var sars = Assert.Single(report.Episodes, e => e.PriceTrough >= YearMonth.Of(2003, 5) && e.PriceTrough <= YearMonth.Of(2003, 8));
        Assert.True(sars.YieldGapBpAtPriceTrough > 500, sars.YieldGapBpAtPriceTrough?.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(report.YieldGap, g => g.Month == YearMonth.Of(2012, 1) && g.Bp < 0);
    }
}
