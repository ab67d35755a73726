using Redev.Cycle;

namespace Redev.Tests.Cycle;

public class MarketFileTests
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "markets");

    private static MarketImport Parse(string json, Dictionary<string, string> files) =>
        MarketFile.Parse(Path.Combine(Dir, "m.json"), json, path => files.TryGetValue(Path.GetRelativePath(Dir, path), out var t) ? t : null);

    private static readonly string Twelve = Synthetic.Csv(YearMonth.Of(2010, 1), Enumerable.Repeat(120.0, 13));

    [Fact]
    public void Series_paths_are_relative_to_the_market_file()
    {
        var r = Parse("""{ "name": "M", "price": { "file": "sub/p.csv" } }""", new() { [Path.Combine("sub", "p.csv")] = Twelve });

        Assert.True(r.Succeeded, string.Join("; ", r.Problems));
        Assert.Equal("M", r.Market!.Name);
        Assert.Equal(13, r.Market.Price!.Series.Count);
    }

    [Fact]
    public void An_inventory_stock_and_annualised_sales_give_months_supply()
    {
        var json = """{ "volume": { "file": "v.csv", "annualRate": true }, "inventory": { "file": "i.csv", "kind": "level" } }""";
        var r = Parse(json, new() { ["v.csv"] = Synthetic.Csv(YearMonth.Of(2010, 1), [1200, 600]), ["i.csv"] = Synthetic.Csv(YearMonth.Of(2010, 1), [500, 500]) });

        // 1,200 a year is 100 a month: 500 for sale is 5 months' supply; at 600 a year, 10 months.
        Assert.Equal(new[] { 5.0, 10.0 }, r.Market!.Inventory!.Series.Values);
    }

    [Fact]
    public void A_core_price_index_becomes_year_on_year_inflation_in_percent()
    {
        var r = Parse("""{ "coreInflation": { "file": "c.csv", "kind": "index" } }""",
            new() { ["c.csv"] = Synthetic.Csv(YearMonth.Of(2010, 1), Enumerable.Range(0, 13).Select(i => i == 12 ? 103.0 : 100.0)) });

        var yoy = r.Market!.CoreInflation!.Series;
        Assert.Equal(YearMonth.Of(2011, 1), yoy.Start);
        Assert.Equal(3.0, yoy.Values.Single(), 9);
    }

    [Fact]
    public void A_missing_series_file_is_reported_at_the_role_in_the_market_file()
    {
        var json = "{\n  \"name\": \"M\",\n  \"price\": { \"file\": \"nope.csv\" }\n}";

        var r = Parse(json, []);

        Assert.Null(r.Market);
        var problem = Assert.Single(r.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("price.file", problem.Field);
        Assert.Equal("file not found", problem.Message);
    }

    [Fact]
    public void A_bad_row_in_a_series_file_is_reported_with_that_file_and_line()
    {
        var r = Parse("""{ "price": { "file": "p.csv" }, "yield10y": { "file": "y.csv" } }""",
            new() { ["p.csv"] = "date,value\n2010-01-01,1\n2010-02-01,x\n", ["y.csv"] = Twelve });

        Assert.Null(r.Market);
        Assert.Equal($"{Path.Combine(Dir, "p.csv")}:3: value: not a number (got \"x\")", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void A_misspelt_key_is_refused_rather_than_ignored()
    {
        var r = Parse("{\n \"prize\": { \"file\": \"p.csv\" }\n}", []);

        var problem = Assert.Single(r.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("prize", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_inventory_kind_is_refused()
    {
        var r = Parse("""{ "inventory": { "file": "i.csv", "kind": "weeks" } }""", new() { ["i.csv"] = Twelve });

        Assert.Equal("inventory.kind", Assert.Single(r.Problems).Field);
    }

    [Fact]
    public void Dating_parameters_in_the_file_override_only_what_they_name()
    {
        var r = Parse("""{ "price": { "file": "p.csv" }, "parameters": { "moneyEasyBp": 150, "monthly": { "minCycle": 24 } } }""", new() { ["p.csv"] = Twelve });

        Assert.Equal(150, r.Market!.Parameters.MoneyEasyBp);
        Assert.Equal(DatingParameters.BryBoschanMonthly with { MinCycle = 24 }, r.Market.Parameters.Monthly);
    }

    [Fact]
    public void A_market_name_over_the_cap_is_refused_on_its_line()
    {
        var name = new string('M', MarketFile.MaxNameLength + 1);
        var r = Parse("{\n  \"price\": { \"file\": \"p.csv\" },\n  \"name\": \"" + name + "\"\n}", new() { ["p.csv"] = Twelve });

        Assert.False(r.Succeeded);
        var p = Assert.Single(r.Problems);
        Assert.Equal((3, "name"), (p.Line, p.Field));
    }
}
