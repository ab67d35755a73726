using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>What the Chinese pages say instead of English or the ledger's account names.</summary>
public class ChinesePageWordsTests
{
    [Fact]
    public async Task The_transfer_page_names_recipients_not_ledger_accounts()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Transfers", "zh-HK"), HttpStatusCode.OK);

        Assert.Contains("<option value=\"@developer\">發展商</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">@developer<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">@holder:", html, StringComparison.Ordinal);
        // The register owner's account says what its fund units are; the owner's personal account holds none yet,
        // so it is not offered (TransferOfferTests).
        Assert.Contains(">CHAN Tai Man：登記冊內住宅單位所得的基金單位</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("個人帳戶</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_import_lists_its_problems_in_Chinese_without_the_English_line()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        var form = await (await PageText.GetAsync(http, "/Schemes/demo-draft/Register", "zh-HK")).Content.ReadAsStringAsync();
        var token = AntiForgery.TokenIn(form);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csvs.Bad)), "upload", "bad.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Schemes/demo-draft/Register") { Content = body };
        request.Headers.AcceptLanguage.ParseAdd("zh-HK");

        var html = await (await http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("第 2 行", html, StringComparison.Ordinal);
        Assert.Contains("<code>undivided_shares</code>: 不是整數（收到「<span translate=\"no\">forty</span>」）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a whole number", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_on_a_Chinese_page_is_the_catalogues_Chinese_alone()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-HK");
        try
        {
            foreach (var entry in Redev.Refusals.RefusalCatalogue.All)
            {
                var refusal = new Refusal(entry.Code, "English detail that must not show");
                var text = Redev.Web.Localization.Texts.Refusal(null!, refusal);

                Assert.DoesNotContain("English detail", text, StringComparison.Ordinal);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
