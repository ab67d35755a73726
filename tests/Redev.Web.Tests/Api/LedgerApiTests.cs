using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Redev.Ledger;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>Holdings, two-phase transfers, receipts and checkpoints through the API, on SQLite and on PostgreSQL.</summary>
public class LedgerApiTests
{
    private const string Chan = "CHAN Tai Man";
    private const string Wong = "WONG Yuk Lan";

    private static object Proposal(Guid id, long units = 100, string to = Wong) =>
        new { id, scheme = "demo-tkt", from = Chan, to, units, note = "sale to neighbour" };

    private static async Task<long> FreeUnitsAsync(HttpClient http, string holder)
    {
        var list = await ApiClient.JsonAsync(await http.GetAsync("/api/holdings"));
        // Demo owners hold units in demo-build too; the transfers here are in demo-tkt.
        return list.EnumerateArray().Single(h => h.GetProperty("holder").GetString() == holder && h.GetProperty("scheme").GetString() == "demo-tkt").GetProperty("freeUnits").GetInt64();
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_proposed_transfer_reserves_the_units_and_moves_them_when_the_notary_approves(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var wong = await ApiClient.AsAsync(f, "wong");
        using var notary = await ApiClient.AsAsync(f, "notary");
        var chanBefore = await FreeUnitsAsync(chan, Chan);
        var wongBefore = await FreeUnitsAsync(wong, Wong);
        var id = Guid.NewGuid();

        var proposed = await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);
        Assert.Equal("pending", proposed.GetProperty("status").GetString());
        var held = (await ApiClient.JsonAsync(await chan.GetAsync("/api/holdings"))).EnumerateArray().Single(h => h.GetProperty("scheme").GetString() == "demo-tkt");
        Assert.Equal(100, held.GetProperty("pendingOut").GetInt64());
        Assert.Equal(chanBefore - 100, held.GetProperty("availableUnits").GetInt64());
        Assert.Equal(id.ToString(), (await ApiClient.JsonAsync(await notary.GetAsync("/api/transfers")))[0].GetProperty("id").GetString());

        var approved = await ApiClient.JsonAsync(await notary.PostAsync($"/api/transfers/{id}/approve", null));

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("notary", approved.GetProperty("decidedBy").GetString());
        Assert.Equal(chanBefore - 100, await FreeUnitsAsync(chan, Chan));
        Assert.Equal(wongBefore + 100, await FreeUnitsAsync(wong, Wong));
        Assert.Equal("approved", (await ApiClient.JsonAsync(await wong.GetAsync("/api/transfers")))[0].GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_rejected_transfer_releases_the_units_and_both_sides_see_the_reason(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var wong = await ApiClient.AsAsync(f, "wong");
        using var notary = await ApiClient.AsAsync(f, "notary");
        var before = await FreeUnitsAsync(chan, Chan);
        var id = Guid.NewGuid();
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);

        var rejected = await ApiClient.JsonAsync(await notary.PostAsJsonAsync($"/api/transfers/{id}/reject", new { reason = "buyer's identity not checked" }));

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        var seen = (await ApiClient.JsonAsync(await wong.GetAsync("/api/transfers")))[0];
        Assert.Equal("buyer's identity not checked", seen.GetProperty("reason").GetString());
        var held = (await ApiClient.JsonAsync(await chan.GetAsync("/api/holdings"))).EnumerateArray().Single(h => h.GetProperty("scheme").GetString() == "demo-tkt");
        Assert.Equal(before, held.GetProperty("availableUnits").GetInt64());
        Assert.Equal(0, held.GetProperty("pendingOut").GetInt64());
        await ApiClient.ProblemAsync(await notary.PostAsync($"/api/transfers/{id}/approve", null), HttpStatusCode.Conflict, "already-decided");
    }

    [Fact]
    public async Task A_transfer_nobody_decides_within_14_days_expires_and_can_no_longer_be_approved()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite, clock: clock);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var notary = await ApiClient.AsAsync(f, "notary");
        var before = await FreeUnitsAsync(chan, Chan);
        var id = Guid.NewGuid();
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);

        clock.Advance(TimeSpan.FromDays(15));

        await ApiClient.ProblemAsync(await notary.PostAsync($"/api/transfers/{id}/approve", null), HttpStatusCode.Conflict, "pending-expired");
        var seen = await ApiClient.JsonAsync(await chan.GetAsync($"/api/transfers/{id}"));
        Assert.Equal("expired", seen.GetProperty("status").GetString());
        Assert.Equal("@ledger", seen.GetProperty("decidedBy").GetString());
        Assert.Equal(before, await FreeUnitsAsync(chan, Chan));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Proposing_again_with_the_same_id_returns_the_first_transfer_and_reserves_nothing_more(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");
        var id = Guid.NewGuid();
        var first = await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);

        var again = await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)));

        Assert.Equal(first.GetProperty("proposedAt").GetString(), again.GetProperty("proposedAt").GetString());
        Assert.Equal(100, (await ApiClient.JsonAsync(await chan.GetAsync("/api/holdings"))).EnumerateArray().Single(h => h.GetProperty("scheme").GetString() == "demo-tkt").GetProperty("pendingOut").GetInt64());
        Assert.Single((await ApiClient.JsonAsync(await chan.GetAsync("/api/transfers"))).EnumerateArray());
        var other = await chan.PostAsJsonAsync("/api/transfers", Proposal(id, units: 7));
        await ApiClient.ProblemAsync(other, HttpStatusCode.Conflict, "id-reused");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_who_tries_to_approve_a_transfer_is_refused_and_nothing_moves(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var wong = await ApiClient.AsAsync(f, "wong");
        var id = Guid.NewGuid();
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);

        await ApiClient.ProblemAsync(await wong.PostAsync($"/api/transfers/{id}/approve", null), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await chan.PostAsync($"/api/transfers/{id}/approve", null), HttpStatusCode.Forbidden, "forbidden");

        Assert.Equal("pending", (await ApiClient.JsonAsync(await chan.GetAsync($"/api/transfers/{id}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_owner_may_not_see_another_owners_holdings_receipt_or_propose_from_their_units()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");

        await ApiClient.ProblemAsync(await chan.GetAsync($"/api/holdings?holder={Uri.EscapeDataString(Wong)}"), HttpStatusCode.Forbidden, "not-your-holding");
        await ApiClient.ProblemAsync(await chan.GetAsync($"/api/schemes/demo-tkt/receipt?holder={Uri.EscapeDataString(Wong)}"), HttpStatusCode.Forbidden, "not-your-holding");
        var steal = await chan.PostAsJsonAsync("/api/transfers", new { scheme = "demo-tkt", from = Wong, to = Chan, units = 10 });
        await ApiClient.ProblemAsync(steal, HttpStatusCode.Forbidden, "not-your-holding");
    }

    [Fact]
    public async Task Ledger_refusals_are_problem_details_with_the_ledgers_code()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");
        var all = await FreeUnitsAsync(chan, Chan);

        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(Guid.NewGuid(), units: all + 1)), HttpStatusCode.UnprocessableEntity, "insufficient");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(Guid.NewGuid(), units: 0)), HttpStatusCode.BadRequest, "bad-amount");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(Guid.NewGuid(), to: "Nobody")), HttpStatusCode.UnprocessableEntity, "unknown-recipient");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owners_receipt_verifies_against_the_notarys_published_key(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var wong = await ApiClient.AsAsync(f, "wong");

        var json = await (await wong.GetAsync("/api/schemes/demo-tkt/receipt")).Content.ReadAsStringAsync();
        var key = await wong.GetStringAsync("/api/notary-key");

        var receipt = Receipt.FromJson(json);
        Assert.Equal(Wong, receipt.Holder);
        Assert.NotEmpty(receipt.Entries);
        Assert.Empty(receipt.Verify(key));
        var held = (await ApiClient.JsonAsync(await wong.GetAsync("/api/holdings")))[0];
        Assert.Equal("The Hongkong and Shanghai Banking Corporation Limited", held.GetProperty("pledged")[0].GetProperty("mortgagee").GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_receipt_waits_for_the_notarys_checkpoint_and_then_proves_every_entry(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var notary = await ApiClient.AsAsync(f, "notary");
        var id = Guid.NewGuid();
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id)), HttpStatusCode.Created);
        var before = (await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/demo-tkt/checkpoints"))).GetArrayLength();

        // Chan's pending proposal is newer than any checkpoint: reading the receipt signs none.
        await ApiClient.ProblemAsync(await chan.GetAsync("/api/schemes/demo-tkt/receipt"), HttpStatusCode.Conflict, "no-checkpoint");
        Assert.Equal(before, (await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/demo-tkt/checkpoints"))).GetArrayLength());

        // The notary's decision is signed with a checkpoint: the receipt then covers it.
        await ApiClient.JsonAsync(await notary.PostAsync($"/api/transfers/{id}/approve", null));
        var receipt = Receipt.FromJson(await (await chan.GetAsync("/api/schemes/demo-tkt/receipt")).Content.ReadAsStringAsync());

        Assert.Empty(receipt.Verify(await chan.GetStringAsync("/api/notary-key")));
        Assert.True(receipt.ProvesCompleteness);
        Assert.Contains(receipt.Entries, e => e.Entry.Kind == EntryKind.PostPending && e.Entry.PendingId == id);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Only_the_notary_signs_checkpoints_and_anyone_signed_in_can_list_them(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var chan = await ApiClient.AsAsync(f, "chan");

        await ApiClient.ProblemAsync(await chan.PostAsync("/api/schemes/demo-tkt/checkpoints", null), HttpStatusCode.Forbidden, "forbidden");
        var signed = await ApiClient.JsonAsync(await notary.PostAsync("/api/schemes/demo-tkt/checkpoints", null), HttpStatusCode.Created);

        var list = await ApiClient.JsonAsync(await chan.GetAsync("/api/schemes/demo-tkt/checkpoints"));
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("root").GetString() == signed.GetProperty("root").GetString());
        Assert.True(signed.GetProperty("count").GetInt64() > 0);
    }

    [Fact]
    public async Task A_transfer_to_an_investor_opens_their_account_and_they_see_it_pending_then_theirs()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var investor = await ApiClient.AsAsync(f, "investor");
        using var notary = await ApiClient.AsAsync(f, "notary");
        Assert.Empty((await ApiClient.JsonAsync(await investor.GetAsync("/api/holdings"))).EnumerateArray());
        var id = Guid.NewGuid();

        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers", Proposal(id, units: 40, to: "@holder:h-demo-investor")), HttpStatusCode.Created);
        var pending = (await ApiClient.JsonAsync(await investor.GetAsync("/api/holdings")))[0];
        Assert.Equal(40, pending.GetProperty("pendingIn").GetInt64());
        Assert.Equal(0, pending.GetProperty("freeUnits").GetInt64());
        await ApiClient.JsonAsync(await notary.PostAsync($"/api/transfers/{id}/approve", null));

        var held = (await ApiClient.JsonAsync(await investor.GetAsync("/api/holdings")))[0];
        Assert.Equal(40, held.GetProperty("freeUnits").GetInt64());
        Assert.Equal(40 * held.GetProperty("navCents").GetInt64(), held.GetProperty("valueCents").GetInt64());
        Assert.True(held.GetProperty("navIsIssuePrice").GetBoolean());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_ledger_endpoints()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var doc = await ApiClient.JsonAsync(await http.GetAsync("/openapi/v1.json"));

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var path in new[] { "/api/transfers", "/api/transfers/{id}/approve", "/api/transfers/{id}/reject", "/api/holdings",
                     "/api/schemes/{id}/receipt", "/api/schemes/{id}/checkpoints", "/api/notary-key" })
        {
            Assert.Contains(path, paths);
        }
    }
}
