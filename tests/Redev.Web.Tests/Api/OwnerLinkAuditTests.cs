using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Redev.App;
using Redev.App.Markets;
using Redev.App.Risk;
using Redev.Store;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using Redev.Web.Ledger;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>The notary's owner links land in the ledger's audit trail, hash-chained and signed.</summary>
public class OwnerLinkAuditTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_link_by_the_notary_is_a_signed_record_of_the_audit_trail(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var notary = await ApiClient.AsAsync(f, "notary");
        var before = (await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/audit"))).GetArrayLength();

        await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links",
            new { owner = "HO Chi Keung", holder = "h-wong-yuk-lan", documentType = "hkid" }), HttpStatusCode.Created);

        var trail = await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/audit"));
        Assert.Equal(before + 1, trail.GetArrayLength());
        var last = trail[trail.GetArrayLength() - 1];
        Assert.Equal("owner-linked", last.GetProperty("action").GetString());
        Assert.Equal("notary", last.GetProperty("actor").GetString());
        Assert.Equal("HO Chi Keung", last.GetProperty("subject").GetString());
        Assert.Contains("\"h-wong-yuk-lan\"", last.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"documentType\":\"hkid\"", last.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var checkpoints = await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/checkpoints"));
        var newest = checkpoints[checkpoints.GetArrayLength() - 1];
        Assert.Equal(last.GetProperty("seq").GetInt64(), newest.GetProperty("auditCount").GetInt64());
        Assert.Equal(last.GetProperty("hash").GetString(), newest.GetProperty("auditHead").GetString());
        var report = await LedgerVerifier.VerifyAsync(f.Services.GetRequiredService<RedevApp>().Store.Database, f.Services.GetRequiredService<RedevApp>().Notary.Key);
        Assert.True(report.Ok, string.Join("; ", report.Problems));
    }

    [Fact]
    public async Task The_demo_owners_links_are_in_the_audit_trail_from_the_first_start()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.AsAsync(f, "notary");

        var trail = await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-tkt/audit"));

        var subjects = Enumerable.Range(0, trail.GetArrayLength()).Select(i => trail[i].GetProperty("subject").GetString()).ToArray();
        Assert.Contains("CHAN Tai Man", subjects);
        Assert.Contains("WONG Yuk Lan", subjects);
    }

    [Fact]
    public async Task A_refused_link_writes_no_audit_record()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.AsAsync(f, "notary");
        var before = (await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/audit"))).GetArrayLength();

        var r = await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links", new { owner = "CHAN Tai Man", holder = "h-wong-yuk-lan", documentType = "hkid" });

        await ApiClient.ProblemAsync(r, HttpStatusCode.Conflict, "already-linked");
        var after = (await ApiClient.JsonAsync(await notary.GetAsync("/api/schemes/demo-draft/audit"))).GetArrayLength();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task An_owner_may_not_read_the_audit_trail()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");

        var r = await chan.GetAsync("/api/schemes/demo-tkt/audit");

        await ApiClient.ProblemAsync(r, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_audit_trail_of_a_scheme_that_does_not_exist_is_a_404()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.AsAsync(f, "notary");

        var r = await notary.GetAsync("/api/schemes/no-such-scheme/audit");

        await ApiClient.ProblemAsync(r, HttpStatusCode.NotFound, "no-scheme");
    }
}
