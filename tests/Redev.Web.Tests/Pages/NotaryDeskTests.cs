using System.Net;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The notary's desk signs a checkpoint only when the confirmation is ticked, and shows the result of a verify.</summary>
public class NotaryDeskTests
{
    [Fact]
    public async Task Signing_needs_the_tick_and_verify_shows_a_clean_ledger()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var page = await ApiClient.SignedInPageClientAsync(f, "notary");
        var html = await page.GetStringAsync("/Notary");
        var token = AntiForgery.TokenIn(html);
        async Task<string> PostAsync(string handler, params (string, string)[] fields)
        {
            var form = fields.ToDictionary(x => x.Item1, x => x.Item2);
            form["__RequestVerificationToken"] = token;
            return await (await page.PostAsync("/Notary?handler=" + handler, new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        }

        var unticked = await PostAsync("Sign", ("Scheme", "demo-draft"));
        var ticked = await PostAsync("Sign", ("Scheme", "demo-draft"), ("Confirmed", "true"));
        var verified = await PostAsync("Verify");

        Assert.Contains("id=\"notary-error\"", unticked, StringComparison.Ordinal);
        Assert.Contains("id=\"notary-done\"", ticked, StringComparison.Ordinal);
        Assert.Contains("id=\"verify-result\"", verified, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"verify-problems\"", verified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_may_not_open_the_desk()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var page = await ApiClient.SignedInPageClientAsync(f, "chan");

        var r = await page.GetAsync("/Notary");

        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
    }
}
