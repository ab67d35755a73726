using Redev.App.Tests.Support;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Holders;

/// <summary>A link made in error can be undone by the notary only, and the undoing leaves a signed audit record.</summary>
public class UnlinkOwnerTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Unlinking_removes_the_link_and_appends_a_verified_audit_record_with_the_reason(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("unlink-" + kind.ToString().ToLowerInvariant());
        await t.HolderAsync("wong", Role.Owner, "h-wong");
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "h-wong", "hkid")));

        var record = TestApp.Ok(await t.App.UnlinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "linked to the wrong person")));
        var links = TestApp.Ok(await t.App.Holders.LinksAsync(TestApp.Notary, id));
        var audit = TestApp.Ok(await t.App.Ledger.AuditAsync(TestApp.Convener, id));
        var report = TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Notary, null));

        Assert.Equal("owner-unlinked", record.Action);
        Assert.DoesNotContain(links, l => l.Owner == "WONG Yuk Lan");
        Assert.Equal(["owner-linked", "owner-unlinked"], audit.Select(a => a.Record.Action).ToArray());
        Assert.Contains("linked to the wrong person", audit[^1].Record.Detail, StringComparison.Ordinal);
        Assert.Contains("h-wong", audit[^1].Record.Detail, StringComparison.Ordinal);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Only_the_notary_unlinks_and_an_unknown_link_or_a_missing_reason_is_refused(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("unlink-refused-" + kind.ToString().ToLowerInvariant());
        await t.HolderAsync("wong", Role.Owner, "h-wong");
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "h-wong", "hkid")));

        var convener = await t.App.UnlinkOwner.RunAsync(TestApp.Convener, new(id, "WONG Yuk Lan", "mistake"));
        var unknown = await t.App.UnlinkOwner.RunAsync(TestApp.Notary, new(id, "CHAN Tai Man", "mistake"));
        var noReason = await t.App.UnlinkOwner.RunAsync(TestApp.Notary, new(id, "WONG Yuk Lan", "  "));
        var audit = TestApp.Ok(await t.App.Ledger.AuditAsync(TestApp.Convener, id));

        Assert.Equal("forbidden", convener.Refusal?.Code);
        Assert.Equal("no-link", unknown.Refusal?.Code);
        Assert.Equal("no-reason", noReason.Refusal?.Code);
        Assert.Equal(["owner-linked"], audit.Select(a => a.Record.Action).ToArray());
    }
}
