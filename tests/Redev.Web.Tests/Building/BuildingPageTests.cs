using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Building;

/// <summary>The building page offers only what the stage and the role allow.</summary>
public class BuildingPageTests
{
    [Fact]
    public async Task Each_role_sees_only_the_forms_it_may_use()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.SignedInPageClientAsync(f, "notary");
        using var certifier = await ApiClient.SignedInPageClientAsync(f, "certifier");
        using var chan = await ApiClient.SignedInPageClientAsync(f, "chan");
        using var developer = await ApiClient.SignedInPageClientAsync(f, "developer");

        // Vested, escrow empty: the notary records deposits; nothing is certified before building.
        var vested = await notary.GetStringAsync("/Schemes/demo-tkt/Building");
        Assert.Contains("id=\"deposit-form\"", vested, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"certify-form\"", vested, StringComparison.Ordinal);
        var vestedCertifier = await certifier.GetStringAsync("/Schemes/demo-tkt/Building");
        Assert.DoesNotContain("id=\"certify-form\"", vestedCertifier, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"deposit-form\"", vestedCertifier, StringComparison.Ordinal);
        Assert.Contains("id=\"appraisal-form\"", vestedCertifier, StringComparison.Ordinal);

        // Building, escrow full: the certifier certifies milestone 3 next; the notary has nothing left to deposit.
        var building = await certifier.GetStringAsync("/Schemes/demo-build/Building");
        Assert.Contains("id=\"certify-form\"", building, StringComparison.Ordinal);
        Assert.Contains("Certify milestone 3", building, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"deposit-form\"", await notary.GetStringAsync("/Schemes/demo-build/Building"), StringComparison.Ordinal);

        var owner = await chan.GetStringAsync("/Schemes/demo-build/Building");
        foreach (var form in new[] { "certify-form", "deposit-form", "appraisal-form", "adopt-form" })
        {
            Assert.DoesNotContain($"id=\"{form}\"", owner, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"nav-scheme\"", owner, StringComparison.Ordinal);
        Assert.Contains("Your figures as developer", await developer.GetStringAsync("/Schemes/demo-build/Building"), StringComparison.Ordinal);
        Assert.Contains("id=\"nav-building\"", await developer.GetStringAsync("/Building"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"nav-building\"", await chan.GetStringAsync("/Building"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await chan.GetAsync("/Schemes/no-such/Building")).StatusCode);
    }
}
