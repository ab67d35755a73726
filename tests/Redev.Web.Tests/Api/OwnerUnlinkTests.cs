using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>The notary undoes an owner link through the API and on the owner-links page, where a ticked confirmation is required.</summary>
public class OwnerUnlinkTests
{
    [Fact]
    public async Task The_api_unlinks_with_a_reason_and_refuses_an_owner_not_linked_or_a_non_notary()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var convener = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links",
            new { owner = "HO Chi Keung", holder = "h-wong-yuk-lan", documentType = "hkid" }), HttpStatusCode.Created);

        var byConvener = await convener.PostAsJsonAsync("/api/schemes/demo-draft/owner-links/HO%20Chi%20Keung/unlink", new { reason = "mistake" });
        var record = await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links/HO%20Chi%20Keung/unlink", new { reason = "wrong person" }));
        var again = await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links/HO%20Chi%20Keung/unlink", new { reason = "wrong person" });
        var links = await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/owner-links"));

        Assert.Equal(HttpStatusCode.Forbidden, byConvener.StatusCode);
        Assert.Equal("owner-unlinked", record.GetProperty("action").GetString());
        Assert.Contains("wrong person", record.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiClient.ProblemAsync(again, HttpStatusCode.NotFound, "no-link");
        Assert.DoesNotContain(links.EnumerateArray(), l => l.GetProperty("owner").GetString() == "HO Chi Keung");
    }

    [Fact]
    public async Task The_links_page_unlinks_only_when_the_confirmation_is_ticked()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var api = await ApiClient.AsAsync(f, "notary");
        await ApiClient.JsonAsync(await api.PostAsJsonAsync("/api/schemes/demo-draft/owner-links",
            new { owner = "HO Chi Keung", holder = "h-wong-yuk-lan", documentType = "passport" }), HttpStatusCode.Created);
        using var page = await ApiClient.SignedInPageClientAsync(f, "notary");

        var html = await page.GetStringAsync("/Schemes/demo-draft/Owners");
        var token = AntiForgery.TokenIn(html);
        async Task<string> PostAsync(bool understood)
        {
            var form = new Dictionary<string, string> { ["UnlinkOwner"] = "HO Chi Keung", ["Reason"] = "wrong person", ["__RequestVerificationToken"] = token };
            if (understood)
            {
                form["Understood"] = "true";
            }
            return await (await page.PostAsync("/Schemes/demo-draft/Owners?handler=Unlink", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        }
        var unticked = await PostAsync(false);
        var ticked = await PostAsync(true);

        Assert.Contains("handler=Unlink", html, StringComparison.Ordinal);
        Assert.Contains("id=\"link-error\"", unticked, StringComparison.Ordinal);
        Assert.Contains("id=\"link-done\"", ticked, StringComparison.Ordinal);
        var links = await ApiClient.JsonAsync(await api.GetAsync("/api/schemes/demo-draft/owner-links"));
        Assert.DoesNotContain(links.EnumerateArray(), l => l.GetProperty("owner").GetString() == "HO Chi Keung");
    }
}
