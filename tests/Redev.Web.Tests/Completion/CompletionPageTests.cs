using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Pages;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Completion;

/// <summary>The completion page in both languages: each role sees only the forms the stage allows, and a holder sees only itself.</summary>
public class CompletionPageTests
{
    private const string Page = "/Schemes/" + CompletionSetup.Scheme + "/Completion";

    [Fact]
    public async Task Each_role_sees_the_forms_the_stage_allows_in_English_and_Chinese()
    {
        var (f, clock) = await CompletionSetup.StartAsync(StoreKind.Sqlite);
        await using var _ = f;
        using var convenerApi = await ApiClient.AsAsync(f, "convener");
        // Still building: the page says so and offers nothing; the scheme page does not link it yet.
        using (var early = await ApiClient.SignedInPageClientAsync(f, "convener"))
        {
            var building = await PageText.HtmlAsync(await PageText.GetAsync(early, Page, "en"), HttpStatusCode.OK);
            Assert.Contains("id=\"no-flats\"", building, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"import-form\"", building, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"completion-link\"", await early.GetStringAsync("/Schemes/" + CompletionSetup.Scheme), StringComparison.Ordinal);
        }

        // Completing moves the app's clock a day on, past a sign-in cookie's life, so the page clients sign in after it.
        await CompletionSetup.CompleteAsync(f, clock);
        using var convener = await ApiClient.SignedInPageClientAsync(f, "convener");
        using var notary = await ApiClient.SignedInPageClientAsync(f, "notary");
        using var chan = await ApiClient.SignedInPageClientAsync(f, "chan");
        Assert.Contains("id=\"completion-link\"", await convener.GetStringAsync("/Schemes/" + CompletionSetup.Scheme), StringComparison.Ordinal);
        Assert.Contains("class=\"completion-scheme\"", await chan.GetStringAsync("/Completion"), StringComparison.Ordinal);
        var completed = await PageText.HtmlAsync(await PageText.GetAsync(convener, Page, "en"), HttpStatusCode.OK);
        Assert.Contains("id=\"import-form\"", completed, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"open-form\"", completed, StringComparison.Ordinal);

        await ApiClient.JsonAsync(await CompletionSetup.ImportAsync(convenerApi, CompletionSetup.Flats));
        var imported = await PageText.HtmlAsync(await PageText.GetAsync(convener, Page, "en"), HttpStatusCode.OK);
        Assert.Contains("id=\"open-form\"", imported, StringComparison.Ordinal);
        Assert.Contains("register of 6 flats. It cannot be undone", imported, StringComparison.Ordinal);
        Assert.Contains("HK$8,000,000.00", imported, StringComparison.Ordinal);

        await ApiClient.JsonAsync(await convenerApi.PostAsJsonAsync($"/api/schemes/{CompletionSetup.Scheme}/completion/window",
            new { deadline = CompletionSetup.Today(clock, 14), @default = "cash" }));

        var open = await PageText.HtmlAsync(await PageText.GetAsync(convener, Page, "en"), HttpStatusCode.OK);
        foreach (var gone in new[] { "import-form", "open-form", "close-window-form", "pick-form", "propose-form", "close-form" })
        {
            Assert.DoesNotContain($"id=\"{gone}\"", open, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"record-choice-form\"", open, StringComparison.Ordinal);
        Assert.Contains("id=\"holders\"", open, StringComparison.Ordinal);
        Assert.Contains("WONG Yuk Lan", open, StringComparison.Ordinal);
        Assert.Contains("id=\"seed-commitment\"", open, StringComparison.Ordinal);
        Assert.Contains("id=\"seed-pending\"", open, StringComparison.Ordinal);

        var owner = await PageText.HtmlAsync(await PageText.GetAsync(chan, Page, "en"), HttpStatusCode.OK);
        Assert.Contains("Your position", owner, StringComparison.Ordinal);
        Assert.Contains("class=\"choose-form\"", owner, StringComparison.Ordinal);
        Assert.Contains("CHAN Tai Man", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("WONG Yuk Lan", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"holders\"", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"record-choice-form\"", owner, StringComparison.Ordinal);
        Assert.Contains("Completion NAV per fund unit", owner, StringComparison.Ordinal);

        var ownerZh = await PageText.HtmlAsync(await PageText.GetAsync(chan, Page, "zh-HK"), HttpStatusCode.OK);
        foreach (var word in new[] { "選擇期及抽籤", "每個基金單位的落成資產淨值", "你的情況", "收租基金", "新樓宇的住宅單位", "儲存我的選擇", "抽籤種子的指紋" })
        {
            Assert.Contains(word, ownerZh, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Your position", ownerZh, StringComparison.Ordinal);
        Assert.DoesNotContain("WONG Yuk Lan", ownerZh, StringComparison.Ordinal);

        var notaryPage = await PageText.HtmlAsync(await PageText.GetAsync(notary, Page, "zh-HK"), HttpStatusCode.OK);
        Assert.DoesNotContain("<form method=\"post\"", notaryPage.Replace("action=\"/Account/SignOut\"", "", StringComparison.Ordinal)
            .Split("<main")[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await chan.GetAsync("/Schemes/no-such/Completion")).StatusCode);

        // Past the deadline the convener is offered the close, with what it does and a box to tick.
        clock.Advance(TimeSpan.FromDays(15));
        using var convenerLater = await ApiClient.SignedInPageClientAsync(f, "convener");
        using var chanLater = await ApiClient.SignedInPageClientAsync(f, "chan");
        var past = await PageText.HtmlAsync(await PageText.GetAsync(convenerLater, Page, "en"), HttpStatusCode.OK);
        Assert.Contains("id=\"close-window-form\"", past, StringComparison.Ordinal);
        Assert.Contains("publishes the lottery seed", past, StringComparison.Ordinal);
        Assert.Contains("id=\"close-window-understand\"", past, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"choose-form\"", await chanLater.GetStringAsync(Page), StringComparison.Ordinal);
    }

    /// <summary>
    /// A holder whose fund units are in its own ledger account (<c>@holder:ID</c>: units an owner transferred to it) is
    /// named on the completion page as the notary registered it — in its position, the holders' table, the choice the
    /// convener records for it and its payout line — in English and in Chinese, to staff and to itself; never by the account.
    /// </summary>
    [Fact]
    public async Task A_holder_with_its_own_account_is_named_on_the_completion_page_never_by_the_account_in_English_and_Chinese()
    {
        var (f, clock) = await CompletionSetup.StartAsync(StoreKind.Sqlite);
        await using var _ = f;
        using (var chanApi = await ApiClient.AsAsync(f, "chan"))
        using (var notaryApi = await ApiClient.AsAsync(f, "notary"))
        {
            var id = Guid.NewGuid();
            await ApiClient.JsonAsync(await chanApi.PostAsJsonAsync("/api/transfers",
                new { id, scheme = CompletionSetup.Scheme, from = "CHAN Tai Man", to = "@holder:h-demo-investor", units = 40, note = "sale" }), HttpStatusCode.Created);
            await ApiClient.JsonAsync(await notaryApi.PostAsync($"/api/transfers/{id}/approve", null));
        }
        await CompletionSetup.CompleteAsync(f, clock);
        using var convenerApi = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await CompletionSetup.ImportAsync(convenerApi, CompletionSetup.Flats));
        await ApiClient.JsonAsync(await convenerApi.PostAsJsonAsync($"/api/schemes/{CompletionSetup.Scheme}/completion/window",
            new { deadline = CompletionSetup.Today(clock, 3), @default = "cash" }));

        // The convener records the investor's choice from its signed form, on the page, in each language.
        using (var convener = await ApiClient.SignedInPageClientAsync(f, "convener"))
        {
            foreach (var (culture, name) in new[] { ("en-HK", "Demo investor"), ("zh-HK", "示範投資者") })
            {
                var done = await PostAsync(convener, culture, "Choose", new() { ["Holder"] = "@holder:h-demo-investor", ["Choice"] = "cash" });
                var said = WebUtility.HtmlDecode(Regex.Match(done, "id=\"completion-done\">([^<]*)<").Groups[1].Value);
                Assert.Contains(name, said, StringComparison.Ordinal);
                Assert.DoesNotContain("@holder:", said, StringComparison.Ordinal);
                AssertNamed(done, name);
            }
        }

        clock.Advance(TimeSpan.FromDays(4));
        const string api = "/api/schemes/" + CompletionSetup.Scheme + "/completion";
        await ApiClient.JsonAsync(await convenerApi.PostAsJsonAsync($"{api}/window/close", new { }));
        foreach (var flat in new[] { "3A", "3B", "5A", "6A", "6B", "7A" })
        {
            await ApiClient.JsonAsync(await convenerApi.PostAsJsonAsync($"{api}/flats/{flat}/sale", new { price = "6500000", costs = "50000", buyer = "Buyer " + flat, bankReference = "SALE-" + flat }));
        }
        await ApiClient.JsonAsync(await convenerApi.PostAsJsonAsync($"{api}/payouts", new { kind = "sale", feeRate = "0.01" }));

        foreach (var user in new[] { "convener", "notary", "investor" })
        {
            using var http = await ApiClient.SignedInPageClientAsync(f, user);
            foreach (var (culture, name) in new[] { ("en-HK", "Demo investor"), ("zh-HK", "示範投資者") })
            {
                var html = await PageText.HtmlAsync(await PageText.GetAsync(http, Page, culture), HttpStatusCode.OK);
                AssertNamed(html, name);
                // The investor's payout line is named too, in the proposal everyone who may see it reads.
                var lines = Regex.Matches(html, "<tr class=\"payout-line step-sale\">.*?</tr>", RegexOptions.Singleline).Select(m => VisibleText.Of(m.Value));
                Assert.Contains(lines, l => l.Contains(name, StringComparison.Ordinal));
                if (user == "investor")
                {
                    // Naming changes nothing of what a holder may see: its own rows, never a neighbour's.
                    Assert.DoesNotContain("CHAN Tai Man", html, StringComparison.Ordinal);
                    Assert.DoesNotContain("陳大文", html, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>The page names the holder and shows no ledger account's text to the reader.</summary>
    private static void AssertNamed(string html, string name)
    {
        var text = VisibleText.Of(html);
        Assert.DoesNotContain("@holder:", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
    }

    /// <summary>Posts one of the completion page's forms (its handler and fields) as the signed-in user, in a language.</summary>
    private static async Task<string> PostAsync(HttpClient http, string culture, string handler, Dictionary<string, string> fields)
    {
        var form = await (await PageText.GetAsync(http, Page, culture)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = AntiForgery.TokenIn(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, Page + "?handler=" + handler) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return await PageText.HtmlAsync(await http.SendAsync(request), HttpStatusCode.OK);
    }
}
