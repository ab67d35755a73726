using System.Text;

namespace Redev.Web.Tests.Support;

/// <summary>The shipped market files (data/markets) and upload forms built from them.</summary>
public static class Markets
{
    public static string Folder { get; } = Path.Combine(RepoRoot.Path, "data", "markets");

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public const string UsPrices = "bis_residential_property_prices_jp_kr_hk_us_quarterly_long.csv";
    public const string UsSales = "us_hsn1f_new_home_sales_saar_thousands_monthly.csv";
    public const string UsSupply = "us_msacsr_months_supply_new_houses_monthly.csv";
    public const string UsYield = "us_gs10_10y_treasury_yield_monthly.csv";
    public const string UsCoreCpi = "us_cpilfesl_core_cpi_index_monthly.csv";

    /// <summary>A monthly series whose line 3 has a value that is not a number.</summary>
    public const string BadSeries = "date,value\n2020-01-01,1.5\n2020-02-01,abc\n2020-03-01,1.7\n";

    /// <summary>The API upload of the shipped United States market under another id and name: the same files, the same options.</summary>
    public static MultipartFormDataContent UsUpload(string id, string name)
    {
        var json = Read("united-states.json").Replace("\"United States (new homes)\"", $"\"{name}\"", StringComparison.Ordinal);
        var form = new MultipartFormDataContent
        {
            { new StringContent(id), "id" },
            { new StringContent(json, Encoding.UTF8), "market", "us-copy.json" },
        };
        foreach (var file in new[] { UsPrices, UsSales, UsSupply, UsYield, UsCoreCpi })
        {
            form.Add(new StringContent(Read(file), Encoding.UTF8, "text/csv"), "files", file);
        }
        return form;
    }

    /// <summary>The whole-file path of a series written to a temporary folder under the name given (for the browser's file input).</summary>
    public static string WriteTemp(string name, string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "redev-web-markets", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
