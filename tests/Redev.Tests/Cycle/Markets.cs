using Redev.Cycle;

namespace Redev.Tests.Cycle;

/// <summary>Loads market files from disk for the real-data tests.</summary>
internal static class Markets
{
    public static Market Load(string path)
    {
        var r = MarketFile.Parse(path, File.ReadAllText(path), p => File.Exists(p) ? File.ReadAllText(p) : null);
        Assert.True(r.Succeeded, string.Join("\n", r.Problems));
        return r.Market!;
    }

    public static Market Shipped(string name) => Load(Path.Combine(RepoData.Markets, name + ".json"));

    /// <summary>
    /// The United States on the series the repo may not ship: NAR existing-home sales and inventory,
    /// Case-Shiller national (SA) and metros (SA), GS10, CPILFESL, and Michigan sentiment.
    /// </summary>
    public static Market UsValidation(string shared)
    {
        string F(string file) => Path.Combine(shared, file).Replace("\\", "\\\\", StringComparison.Ordinal);
        string Metro(string region) => $$"""{ "file": "{{F("us_caseshiller_metros_sa_monthly_long.csv")}}", "filter": { "region": "{{region}}" }, "publicationLagMonths": 2 }""";
        var json = $$"""
            {
              "name": "United States (validation)",
              "volume": { "file": "{{F("us_existing_home_sales_saar_millions_monthly.csv")}}", "annualRate": true, "publicationLagMonths": 1 },
              "inventory": { "file": "{{F("us_existing_home_inventory_millions_monthly.csv")}}", "kind": "level", "seasonallyAdjusted": false, "publicationLagMonths": 1 },
              "price": { "file": "{{F("us_caseshiller_national_sa_monthly.csv")}}", "publicationLagMonths": 2 },
              "corePrices": { "Boston": {{Metro("Boston-MA")}}, "Washington": {{Metro("Washington-DC")}}, "Miami": {{Metro("Miami-FL")}} },
              "yield10y": { "file": "{{F("us_gs10_10y_treasury_yield_monthly.csv")}}" },
              "coreInflation": { "file": "{{F("us_cpilfesl_core_cpi_index_monthly.csv")}}", "kind": "index", "publicationLagMonths": 1 },
              "growth": { "Michigan sentiment": { "file": "{{F("us_umcsent_consumer_sentiment_monthly.csv")}}" } }
            }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"us-validation-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return Load(path);
    }
}
