using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The transfer form is offered only where there are fund units free to transfer.</summary>
public class TransferOfferTests
{
    [Theory]
    [InlineData("en-HK", "no fund units free to transfer")]
    [InlineData("zh-HK", "沒有可轉讓的基金單位")]
    public async Task An_owner_whose_fund_units_are_all_pledged_is_told_so_instead_of_a_form(string culture, string said)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "wong");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Transfers", culture), HttpStatusCode.OK);

        Assert.Contains("class=\"nothing-to-transfer\"", html, StringComparison.Ordinal);
        Assert.Contains(said, html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Units\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_with_free_fund_units_gets_the_form()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Transfers", "zh-HK"), HttpStatusCode.OK);

        Assert.Contains("name=\"Units\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"nothing-to-transfer\"", html, StringComparison.Ordinal);
    }
}
