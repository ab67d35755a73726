using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Hosting;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>Tokens, lockout and the notary's owner links, on SQLite and on PostgreSQL.</summary>
public class AccountApiTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_demo_user_gets_a_token_that_says_who_they_are(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "chan");

        var me = await ApiClient.JsonAsync(await http.GetAsync("/api/me"));

        Assert.Equal("chan", me.GetProperty("userName").GetString());
        Assert.Equal("owner", me.GetProperty("role").GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_wrong_password_gets_a_401_problem_and_no_token(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = f.Api();

        var r = await http.PostAsJsonAsync("/api/tokens", new { userName = "chan", password = "guess" });

        await ApiClient.ProblemAsync(r, HttpStatusCode.Unauthorized, "bad-credentials");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = f.Api();
        for (var i = 0; i < 5; i++)
        {
            await http.PostAsJsonAsync("/api/tokens", new { userName = "wong", password = "guess" + i });
        }

        var r = await http.PostAsJsonAsync("/api/tokens", new { userName = "wong", password = DemoUsers.Get("wong").Password });

        await ApiClient.ProblemAsync(r, HttpStatusCode.Unauthorized, "locked-out");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_api_without_a_token_answers_401_with_a_problem(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = f.Api();

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task An_unknown_token_is_refused()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rdv_not-a-real-token");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_store_keeps_only_a_hash_of_each_token(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = f.Api();
        var token = await ApiClient.TokenAsync(http, "notary");

        await using var store = await RedevStore.OpenAsync(f.Location);
        await using var conn = await store.Database.OpenAsync();
        var hashes = (await conn.QueryAsync<string>("SELECT token_hash FROM web_tokens")).ToArray();

        Assert.Single(hashes);
        Assert.DoesNotContain(token, hashes[0], StringComparison.Ordinal);
        Assert.Equal(Accounts.SignInService.TokenHash(token), hashes[0]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_account_reaches_a_register_owner_only_after_the_notary_links_it(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var wong = await ApiClient.AsAsync(f, "wong");
        using var notary = await ApiClient.AsAsync(f, "notary");
        const string path = "/api/schemes/demo-draft/allocation/HO%20Chi%20Keung";
        await ApiClient.ProblemAsync(await wong.GetAsync(path), HttpStatusCode.Forbidden, "not-your-holding");

        var link = await ApiClient.JsonAsync(await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links",
            new { owner = "HO Chi Keung", holder = "h-wong-yuk-lan", documentType = "hkid" }), HttpStatusCode.Created);

        Assert.Equal("notary", link.GetProperty("linkedBy").GetString());
        var preview = await ApiClient.JsonAsync(await wong.GetAsync(path));
        Assert.Equal("HO Chi Keung", preview.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Only_the_notary_links_accounts_to_owners()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var convener = await ApiClient.AsAsync(f, "convener");

        var r = await convener.PostAsJsonAsync("/api/schemes/demo-draft/owner-links", new { owner = "HO Chi Keung", holder = "h-wong-yuk-lan", documentType = "hkid" });

        await ApiClient.ProblemAsync(r, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Linking_an_owner_already_linked_is_refused()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var notary = await ApiClient.AsAsync(f, "notary");

        var r = await notary.PostAsJsonAsync("/api/schemes/demo-draft/owner-links", new { owner = "CHAN Tai Man", holder = "h-wong-yuk-lan", documentType = "hkid" });

        await ApiClient.ProblemAsync(r, HttpStatusCode.Conflict, "already-linked");
    }
}
