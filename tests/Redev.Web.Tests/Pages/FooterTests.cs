using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The footer offers the API reference to those who may write programs, not to owners.</summary>
public class FooterTests
{
    [Theory]
    [InlineData("chan", false)]
    [InlineData("wong", false)]
    [InlineData("convener", true)]
    [InlineData("investor", true)]
    public async Task The_API_reference_is_linked_for_everyone_but_owners(string user, bool linked)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, user);

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes", "zh-HK"), HttpStatusCode.OK);

        Assert.Equal(linked, html.Contains("<a href=\"/scalar\">", StringComparison.Ordinal));
    }
}
