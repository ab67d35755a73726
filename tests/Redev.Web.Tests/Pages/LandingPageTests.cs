using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The front page explains the scheme to anyone, before an account exists, in both languages.</summary>
public class LandingPageTests
{
    [Theory]
    [InlineData("en-HK", new[] { "fund units", "undivided shares", "convener and notary", "you can lose money", "withdraw your consent" })]
    [InlineData("zh-HK", new[] { "基金單位", "不分割份數", "召集人及公證人", "你可能會虧錢", "撤回同意" })]
    public async Task The_front_page_explains_the_scheme_before_anyone_signs_in(string culture, string[] plainWords)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/", culture), HttpStatusCode.OK);

        foreach (var section in new[] { "landing-what", "landing-give-get", "landing-risk", "landing-ura", "landing-steps" })
        {
            Assert.Contains($"<section id=\"{section}\"", html, StringComparison.Ordinal);
        }
        var text = VisibleText.Of(html);
        foreach (var words in plainWords)
        {
            Assert.Contains(words, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("href=\"/Account/SignIn\" id=\"landing-sign-in\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reader_is_offered_the_schemes_instead_of_signing_in()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/", "zh-HK"), HttpStatusCode.OK);

        Assert.Contains("href=\"/Schemes\" id=\"landing-schemes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"landing-sign-in\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK")]
    [InlineData("zh-HK")]
    public async Task The_sign_in_page_points_to_no_file_and_links_the_explanation(string culture)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Account/SignIn", culture), HttpStatusCode.OK);

        var text = VisibleText.Of(html);
        foreach (var pointer in new[] { ".md", "docs/", "README", ".json", "appsettings", "/work/" })
        {
            Assert.DoesNotContain(pointer, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("<a href=\"/\" id=\"about-scheme\">", html, StringComparison.Ordinal);
    }
}
