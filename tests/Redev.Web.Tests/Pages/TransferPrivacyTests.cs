using System.Net;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// The transfer form does not list every other owner and holder: the proposer types who receives (a holder's id
/// or name) and the application layer resolves it; staff still see every transfer. No person appears twice.
/// </summary>
public partial class TransferPrivacyTests
{
    // Register owners and holders that none of the demo's holders is.
    private static readonly string[] Others = ["LAM Kwok Wing", "LEE Wing Hong", "Golden Harvest Trading Company Limited", "示範投資者", "h-demo-investor"];

    [Theory]
    [InlineData("chan", "en-HK")]
    [InlineData("wong", "zh-HK")]
    [InlineData("developer", "en-HK")]
    [InlineData("investor", "zh-HK")]
    public async Task A_holder_sees_no_list_of_other_owners_or_holders_on_the_transfer_page(string user, string culture)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, user);

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Transfers", culture), HttpStatusCode.OK);

        Assert.DoesNotContain("<select id=\"to", html, StringComparison.Ordinal);
        // Wong's fund units are all pledged and the investor holds none: they get no form at all (TransferOfferTests).
        if (user is "chan" or "developer")
        {
            Assert.Contains("<input type=\"text\" id=\"to\" name=\"To\"", html, StringComparison.Ordinal);
        }
        foreach (var other in Others.Where(o => !(user == "investor" && o is "示範投資者" or "h-demo-investor")))
        {
            Assert.DoesNotContain(other, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("h-wong-yuk-lan")]
    [InlineData("黃玉蘭")]
    [InlineData("wong yuk lan")]
    public async Task An_owner_sends_fund_units_to_a_holder_named_by_id_or_name(string to)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = WebUtility.HtmlDecode(await ProposeAsync(http, "zh-HK", to));

        Assert.Contains("id=\"transfer-done\"", html, StringComparison.Ordinal);
        Assert.Contains("黃玉蘭", Regex.Match(html, "id=\"transfer-done\">([^<]*)<").Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_is_no_holder_is_refused_in_Chinese_and_proposes_nothing()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = WebUtility.HtmlDecode(await ProposeAsync(http, "zh-HK", "Nobody Known"));

        var error = Regex.Match(html, "id=\"transfer-error\">([^<]*)<").Groups[1].Value;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error);
        Assert.DoesNotContain("is not a register owner", error, StringComparison.Ordinal);
        Assert.Contains("id=\"no-transfers\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_notary_sees_every_transfer_with_both_parties_named()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using (var chan = await ApiClient.SignedInPageClientAsync(f, "chan"))
        {
            await ProposeAsync(chan, "en-HK", "h-wong-yuk-lan");
        }
        using var notary = await ApiClient.SignedInPageClientAsync(f, "notary");

        var html = WebUtility.HtmlDecode(await PageText.HtmlAsync(await PageText.GetAsync(notary, "/Transfers", "zh-HK"), HttpStatusCode.OK));

        Assert.Contains("<td>CHAN Tai Man</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>黃玉蘭</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK")]
    [InlineData("zh-HK")]
    public async Task An_owners_own_accounts_are_each_named_once_on_the_transfer_and_holdings_pages(string culture)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var transfers = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Transfers", culture), HttpStatusCode.OK);
        var holdings = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Holdings", culture), HttpStatusCode.OK);

        foreach (Match select in Regex.Matches(transfers, "<select id=\"from[^\"]*\" name=\"From\">(.*?)</select>", RegexOptions.Singleline))
        {
            var labels = Regex.Matches(select.Groups[1].Value, "<option[^>]*>([^<]*)</option>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(labels.Distinct(StringComparer.Ordinal).Count(), labels.Count);
        }
        foreach (var scheme in Regex.Matches(holdings, "<section class=\"policy holding\" aria-label=\"([^\"]*)\"").GroupBy(m => m.Groups[1].Value))
        {
            Assert.Single(scheme);
        }
        Assert.DoesNotContain("@holder:", holdings, StringComparison.Ordinal);
        Assert.DoesNotContain(">@developer<", holdings, StringComparison.Ordinal);
    }

    private static async Task<string> ProposeAsync(HttpClient http, string culture, string to)
    {
        var form = await (await PageText.GetAsync(http, "/Transfers", culture)).Content.ReadAsStringAsync();
        var token = AntiForgery.TokenIn(form);
        var scheme = Regex.Match(form, "<input type=\"hidden\" name=\"Scheme\" value=\"([^\"]+)\"").Groups[1].Value;
        var from = Regex.Match(form, "<select id=\"from\" name=\"From\">\\s*<option value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Transfers?handler=Propose")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Scheme"] = scheme, ["From"] = WebUtility.HtmlDecode(from), ["To"] = to, ["Units"] = "5", ["Note"] = "",
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return await (await http.SendAsync(request)).Content.ReadAsStringAsync();
    }
}
