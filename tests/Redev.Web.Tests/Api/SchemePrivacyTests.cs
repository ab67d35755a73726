using System.Net;
using System.Text.Json;
using Redev.Store;
using Redev.Web.Tests.Pages;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>
/// Who sees whom on a scheme: staff every owner, an owner their own rows and consent, the developer and
/// investors only the totals — the same through the API and on the page (the rule lives in the application layer).
/// </summary>
public class SchemePrivacyTests
{
    private static async Task<JsonElement> SchemeAsync(WebFactory f, string user)
    {
        using var http = await ApiClient.AsAsync(f, user);
        return await ApiClient.JsonAsync(await http.GetAsync("/api/schemes/demo-tkt"));
    }

    private static string[] Owners(JsonElement scheme, string list) =>
        [.. scheme.GetProperty(list).EnumerateArray().Select(r => r.GetProperty("owner").GetString() ?? "").Distinct()];

    [Theory]
    [InlineData("convener")]
    [InlineData("notary")]
    public async Task Staff_see_every_owner_mortgagee_and_consent(string user)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);

        var s = await SchemeAsync(f, user);

        Assert.Equal(39, s.GetProperty("register").GetArrayLength());
        Assert.Contains("WONG Yuk Lan", Owners(s, "register"));
        Assert.Contains(s.GetProperty("register").EnumerateArray(), r => r.GetProperty("mortgagee").GetString() == "Hang Seng Bank Limited");
        Assert.True(s.GetProperty("consents").GetArrayLength() > 2);
    }

    [Fact]
    public async Task An_owner_sees_only_their_own_rows_and_consents_and_the_totals()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);

        var s = await SchemeAsync(f, "chan");

        Assert.Equal(["CHAN Tai Man"], Owners(s, "register"));
        Assert.Equal(2, s.GetProperty("register").GetArrayLength());
        Assert.All(Owners(s, "consents"), o => Assert.Equal("CHAN Tai Man", o));
        Assert.True(s.GetProperty("lots")[0].GetProperty("consentedShares").GetInt64() > 0, "the totals are still there");
    }

    [Theory]
    [InlineData("developer")]
    [InlineData("investor")]
    public async Task The_developer_and_investors_see_only_the_totals(string user)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);

        var s = await SchemeAsync(f, user);

        Assert.Equal(0, s.GetProperty("register").GetArrayLength());
        Assert.Equal(0, s.GetProperty("consents").GetArrayLength());
        var lot = s.GetProperty("lots")[0];
        Assert.True(lot.GetProperty("consentedShares").GetInt64() > 0);
        Assert.True(lot.GetProperty("thresholdPercent").GetInt32() > 0);
    }

    [Theory]
    [InlineData("chan", true)]
    [InlineData("developer", false)]
    [InlineData("investor", false)]
    public async Task The_scheme_page_hides_other_owners_from_holders(string user, bool seesSelf)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, user);

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-tkt", "en-HK"), HttpStatusCode.OK);

        Assert.DoesNotContain("WONG Yuk Lan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("LAM Kwok Wing", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hang Seng Bank", html, StringComparison.Ordinal);
        Assert.Contains("id=\"others-private\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"progress\"", html, StringComparison.Ordinal);
        Assert.Equal(seesSelf, html.Contains("1/F Flat A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scheme_page_shows_staff_everyone()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "notary");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-tkt", "en-HK"), HttpStatusCode.OK);

        Assert.Contains("WONG Yuk Lan", html, StringComparison.Ordinal);
        Assert.Contains("Hang Seng Bank Limited", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"others-private\"", html, StringComparison.Ordinal);
    }
}
