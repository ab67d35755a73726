using System.Net;
using Redev.Store;
using Redev.Web.Hosting;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>What the pages guard without a browser: antiforgery, sign-in redirects, the API reference.</summary>
public class PageSecurityTests
{
    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_rejected()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var r = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "convener", ["Password"] = DemoUsers.Get("convener").Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.False(r.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("redev.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_asks_a_stranger_to_sign_in_first()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var r = await http.GetAsync("/Schemes/demo-tkt");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Account/SignIn", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.CreateClient();

        var r = await http.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
    }
}
