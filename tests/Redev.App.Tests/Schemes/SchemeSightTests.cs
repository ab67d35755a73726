using Redev.App.Tests.Support;
using Redev.Store;

namespace Redev.App.Tests.Schemes;

/// <summary>The one rule of who sees whom on a scheme, as the use case applies it for every front end.</summary>
public class SchemeSightTests
{
    [Fact]
    public async Task Staff_see_every_row_an_owner_their_own_and_the_developer_none()
    {
        await using var t = await TestApp.StartAsync(StoreKind.Sqlite);
        var id = await t.DraftAsync("sight-1");
        var chan = await t.HolderAsync("chan-x", Role.Owner, "h-chan-x");
        var developer = await t.HolderAsync("dev-x", Role.Developer, "h-dev-x");
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "CHAN Tai Man", "h-chan-x", "hkid")));
        TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, "CHAN Tai Man")));
        TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, "WONG Yuk Lan")));

        var staff = TestApp.Ok(await t.App.Schemes.ViewAsync(TestApp.Notary, id));
        var owner = TestApp.Ok(await t.App.Schemes.ViewAsync(chan, id));
        var dev = TestApp.Ok(await t.App.Schemes.ViewAsync(developer, id));

        Assert.Equal(staff.Scheme.Register!.Entries.Count, staff.Register.Count);
        Assert.Equal(2, staff.Consents.Count);
        Assert.False(staff.Limited);
        Assert.All(owner.Register, e => Assert.Equal("CHAN Tai Man", e.Owner));
        Assert.NotEmpty(owner.Register);
        Assert.Equal(["CHAN Tai Man"], owner.Consents.Select(c => c.Owner));
        Assert.True(owner.Limited);
        Assert.Empty(dev.Register);
        Assert.Empty(dev.Consents);
        Assert.Equal(staff.Scheme.Progress(), dev.Scheme.Progress());
    }
}
