using Redev.App.Tests.Support;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Schemes;

/// <summary>The review before an irreversible move says what it would do, with the same guard as the move, and saves nothing.</summary>
public class AdvancePreviewTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Previewing_vesting_counts_the_units_it_would_issue_and_changes_nothing(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("preview-" + kind.ToString().ToLowerInvariant());
        var scheme = TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id));
        foreach (var owner in scheme.Register!.Owners.Where(o => !DemoData.HoldOuts.Contains(o)))
        {
            TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, owner)));
        }
        var deadline = Scheme.HongKongDate(DateTimeOffset.UtcNow).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "enrolling", deadline)));

        var preview = TestApp.Ok(await t.App.Advance.PreviewAsync(TestApp.Convener, new(id, "vested")));
        var building = TestApp.Ok(await t.App.Advance.PreviewAsync(TestApp.Convener, new(id, "building")));

        Assert.Null(preview.WouldRefuse);
        Assert.Equal(DemoData.HoldOuts.Count, preview.HoldOuts);
        Assert.Equal(16_800_000, preview.UnitsToIssue);
        Assert.Equal("bad-transition", building.WouldRefuse?.Code);
        Assert.Equal(SchemeState.Enrolling, TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id)).State);
        Assert.DoesNotContain(TestApp.Ok(await t.App.Ledger.BalancesAsync(TestApp.Convener, id)), b => b.Balance.Balance != 0);
    }
}
