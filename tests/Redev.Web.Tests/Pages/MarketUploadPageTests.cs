using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// The market upload page lists each problem of the files by file, line and column in the page's language (the
/// Chinese page chosen with the language switch's cookie), while the API keeps printing the importer's English.
/// </summary>
public partial class MarketUploadPageTests
{
    /// <summary>Prices whose line 3 has full-width digits (not a number to the reader) and line 4 a date written with slashes.</summary>
    private const string BadPrices = "date,value\n2020-01-01,100\n2020-02-01,１０１\n2020/03/01,102\n";

    [Theory]
    [InlineData("zh-HK", "第 3 行", "欄位 <code>value</code>: 不是數字（收到「<span translate=\"no\">１０１</span>」）", "第 4 行", "欄位 <code>date</code>: 不是 YYYY-MM-DD 格式的日期（收到「<span translate=\"no\">2020/03/01</span>」）")]
    [InlineData("en-HK", "Line 3", "column <code>value</code>: not a number (got \"<span translate=\"no\">１０１</span>\")", "Line 4", "column <code>date</code>: not a date in YYYY-MM-DD form (got \"<span translate=\"no\">2020/03/01</span>\")")]
    public async Task A_bad_series_file_is_listed_by_file_line_and_column_in_the_pages_language(string culture, string line3, string value, string line4, string date)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await SignedInAsync(f, culture);

        var (status, html) = await UploadAsync(http, ("Form.Price.File", "prices.csv", BadPrices));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = Errors(html);
        Assert.Equal(2, Regex.Count(errors, "<li class=\"problem\">"));
        var decoded = WebUtility.HtmlDecode(errors);
        Assert.Contains($"<strong><code>prices.csv</code></strong>, {line3}, {value}", decoded, StringComparison.Ordinal);
        Assert.Contains($"<strong><code>prices.csv</code></strong>, {line4}, {date}", decoded, StringComparison.Ordinal);
        if (culture == "zh-HK")
        {
            Assert.Empty(EnglishWords.In(VisibleText.Of(errors)));
            Assert.Empty(EnglishWords.In(VisibleText.Of(html)));
        }
        else
        {
            Assert.Contains("prices.csv:3: value: not a number (got \"１０１\")", decoded, StringComparison.Ordinal); // as the CLI prints it
        }
    }

    [Fact]
    public async Task The_uploads_own_problems_are_said_in_Chinese_on_the_Chinese_page()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await SignedInAsync(f, "zh-HK");

        var (_, none) = await UploadAsync(http);
        var (_, twice) = await UploadAsync(http, ("Form.Price.File", "prices.csv", "date,value\n2020-01-01,100\n"), ("Form.Yield10y.File", "prices.csv", "date,value\n2020-01-01,3\n"));

        Assert.Contains("<code>market.json</code></strong>, 第 1 行, 欄位 <code>file</code>: 市場沒有任何數據；請最少提供一項（例如樓價）", WebUtility.HtmlDecode(Errors(none)), StringComparison.Ordinal);
        Assert.Contains("<code>prices.csv</code></strong>, 第 1 行, 欄位 <code>file</code>: 有兩個不同的檔案以這個名稱上載；請把其中一個改名", WebUtility.HtmlDecode(Errors(twice)), StringComparison.Ordinal);
        Assert.Empty(EnglishWords.In(VisibleText.Of(none) + " " + VisibleText.Of(twice)));
    }

    [Fact]
    public async Task The_API_still_gives_the_importers_English_to_a_client_asking_for_Chinese()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var api = await ApiClient.AsAsync(f, "convener");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("bad-api"), "id" },
            { new StringContent("""{ "name": "Bad", "price": { "file": "prices.csv" } }"""), "market" },
            { new StringContent(BadPrices, Encoding.UTF8), "files", "prices.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/markets") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("zh-HK");

        var problem = await ApiClient.ProblemAsync(await api.SendAsync(request), HttpStatusCode.BadRequest, "market-invalid");

        Assert.Equal(["prices.csv:3: value: not a number (got \"１０１\")", "prices.csv:4: date: not a date in YYYY-MM-DD form (got \"2020/03/01\")"],
            problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ToArray());
    }

    /// <summary>The convener, signed in, with the page's language chosen by the language switch (its cookie).</summary>
    private static async Task<HttpClient> SignedInAsync(WebFactory f, string culture)
    {
        var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync($"/culture?c={culture}&returnUrl=/")).StatusCode);
        return http;
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient http, params (string Field, string FileName, string Text)[] files)
    {
        var page = await http.GetStringAsync("/Markets/Upload");
        var token = AntiForgery.TokenIn(page);
        Assert.NotEqual("", token);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("bad-market"), "Form.Id" },
            { new StringContent("壞市場"), "Form.Name" },
        };
        foreach (var (field, name, text) in files)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            body.Add(content, field, name);
        }
        using var r = await http.PostAsync("/Markets/Upload", body);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    /// <summary>The page's list of problems.</summary>
    private static string Errors(string html)
    {
        var errors = Regex.Match(html, "<div class=\"error\" role=\"alert\" id=\"upload-errors\">.*?</div>", RegexOptions.Singleline).Value;
        Assert.True(errors.Length > 0, "no list of problems: " + html[..Math.Min(html.Length, 600)]);
        return errors;
    }

}
