using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The convener records signed paper forms from a CSV: on the page in both languages, and through the API.</summary>
public partial class ConsentImportTests
{
    private const string Bad = "owner,decision,signed_on,evidence\nCHAN Tai Man,maybe,2026-01-05,URA/F/1\nNOBODY,consent,2026-01-05,URA/F/2\n";

    [Theory]
    [InlineData("zh-HK", "決定須為「同意」或「撤回」。", "此名字不是登記冊上的業主")]
    [InlineData("en-HK", "must be consent or withdraw", "is not an owner in the register")]
    public async Task A_bad_file_lists_each_problem_by_file_line_and_field_in_the_pages_language_and_records_nothing(string culture, string decision, string unknown)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        using var api = await ApiClient.AsAsync(f, "convener");
        var before = await ConsentCountAsync(api);

        // The rule's refusals are only reached once the file reads well, so the unknown owner is its own file.
        var html = await UploadAsync(http, culture, Bad);
        var unknownHtml = await UploadAsync(http, culture, "owner,decision,signed_on,evidence\nNOBODY,consent,2026-01-05,URA/F/2\n");

        Assert.Contains("<strong><span translate=\"no\">forms.csv</span>:2</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<code>decision</code>: " + decision, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(unknown, WebUtility.HtmlDecode(unknownHtml), StringComparison.Ordinal);
        Assert.Contains("<code>owner</code>", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(before, await ConsentCountAsync(api));
    }

    [Fact]
    public async Task A_value_quoted_from_the_file_is_marked_as_data_and_written_as_characters()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");

        var html = await UploadAsync(http, "zh-HK", "owner,decision,signed_on,evidence\nCHAN Tai Man,也許<b>,2026-01-05,URA/F/1\n");

        Assert.Contains("（收到「<span translate=\"no\">也許&lt;b&gt;</span>」）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_file_records_every_form_and_the_scheme_page_shows_its_evidence()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        using var api = await ApiClient.AsAsync(f, "convener");
        var before = await ConsentCountAsync(api);

        var html = await UploadAsync(http, "zh-HK", "owner,decision,signed_on,evidence\nLAM Kwok Wing,同意,2026-01-05,URA/F/2026/77\n");

        Assert.Contains("已按已簽署表格記錄 1 項同意及 0 項撤回。", html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await ConsentCountAsync(api));
        var page = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-draft", "zh-HK"), HttpStatusCode.OK);
        Assert.Contains("URA/F/2026/77", page, StringComparison.Ordinal);
        Assert.Contains("id=\"import-consents-link\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_records_a_csv_body_and_refuses_a_bad_one_with_every_problem_and_nothing_recorded()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var api = await ApiClient.AsAsync(f, "convener");
        var before = await ConsentCountAsync(api);

        var bad = await api.PostAsync("/api/schemes/demo-draft/consents/import?fileName=forms.csv", new StringContent(Bad, Encoding.UTF8, "text/csv"));
        var problem = await ApiClient.ProblemAsync(bad, HttpStatusCode.BadRequest, "consents-invalid");
        Assert.Equal("forms.csv:2: decision: must be consent or withdraw (got \"maybe\")", problem.GetProperty("problems")[0].GetProperty("text").GetString());
        Assert.Equal(before, await ConsentCountAsync(api));

        var good = await ApiClient.JsonAsync(await api.PostAsync("/api/schemes/demo-draft/consents/import",
            new StringContent("owner,decision,signed_on,evidence\nLAM Kwok Wing,consent,2026-01-05," + new string('a', 64) + "\n", Encoding.UTF8, "text/csv")));
        Assert.Equal(1, good.GetProperty("given").GetInt32());
        var lam = good.GetProperty("scheme").GetProperty("consents").EnumerateArray().Single(c => c.GetProperty("owner").GetString() == "LAM Kwok Wing");
        Assert.Equal(new string('a', 64), lam.GetProperty("evidence").GetString());

        using var owner = await ApiClient.AsAsync(f, "chan");
        await ApiClient.ProblemAsync(await owner.PostAsync("/api/schemes/demo-draft/consents/import", new StringContent(Bad, Encoding.UTF8, "text/csv")),
            HttpStatusCode.Forbidden, "forbidden");
    }

    private static async Task<int> ConsentCountAsync(HttpClient api) =>
        (await ApiClient.JsonAsync(await api.GetAsync("/api/schemes/demo-draft"))).GetProperty("consents").GetArrayLength();

    private static async Task<string> UploadAsync(HttpClient http, string culture, string csv)
    {
        var form = await (await PageText.GetAsync(http, "/Schemes/demo-draft/Consents/Import", culture)).Content.ReadAsStringAsync();
        var token = AntiForgery.TokenIn(form);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "upload", "forms.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Schemes/demo-draft/Consents/Import") { Content = body };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return await (await http.SendAsync(request)).Content.ReadAsStringAsync();
    }

}
