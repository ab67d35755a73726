using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;
using Redev.Web.Cycle;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>Limits and sharp edges of the web app: each answers with a problem or a redirect, never a 500.</summary>
public class LimitsApiTests
{
    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_not_a_500()
    {
        // Real Kestrel, since it is the server that enforces the limit; a small one keeps the test light.
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite, kestrel: true,
            settings: new Dictionary<string, string> { ["Redev:MaxRequestBodyBytes"] = "65536" });
        using var http = new HttpClient { BaseAddress = f.ServerAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await ApiClient.TokenAsync(http, "convener"));
        var csv = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use\n"
            + string.Concat(Enumerable.Range(1, 4000).Select(i => $"{i}/F,10,400,Owner {i},1,1000000,,residential\n"));

        var r = await http.PostAsync("/api/schemes/demo-draft/register", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var p = await ApiClient.ProblemAsync(r, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Contains("64 KB", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_market_id_with_a_trailing_newline_is_refused_as_malformed()
    {
        Assert.False(Redev.App.Markets.MarketUpload.IsWellFormedId("evil\n"));
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var r = await http.PostAsync("/api/markets", Markets.UsUpload("evil\n", "Evil"));

        Assert.True(r.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest or HttpStatusCode.Conflict, r.StatusCode.ToString());
        Assert.Equal("bad-market-id", (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_market_name_over_the_cap_is_a_problem_naming_the_line()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var r = await http.PostAsync("/api/markets", Markets.UsUpload("long-name", new string('M', Redev.Cycle.MarketFile.MaxNameLength + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(": name: a market name has at most 200 characters", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Schemes%0d%0aSet-Cookie:%20x=1")]
    [InlineData("/Schemes%0a")]
    [InlineData("/Sch%09emes")]
    public async Task Switching_language_with_control_characters_in_the_return_address_goes_home(string returnUrl)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var r = await http.GetAsync("/culture?c=zh-HK&returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/", r.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Switching_language_still_goes_back_to_a_plain_local_page()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = f.Api();

        var r = await http.GetAsync("/culture?c=zh-HK&returnUrl=/Schemes");

        Assert.Equal("/Schemes", r.Headers.Location?.OriginalString);
    }

    private sealed class CountingHasher : PasswordHasher<Redev.Store.Accounts.UserAccount>
    {
        public int Verifications { get; private set; }

        public override PasswordVerificationResult VerifyHashedPassword(Redev.Store.Accounts.UserAccount user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Signing_in_as_an_unknown_user_does_the_same_password_hashing_as_a_known_one()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var hasher = new CountingHasher();
        var signIn = new SignInService(f.Services.GetRequiredService<Redev.App.RedevApp>(), TimeProvider.System, NullLogger<SignInService>.Instance, hasher);

        var known = await signIn.CheckAsync("chan", "wrong password");
        var afterKnown = hasher.Verifications;
        var unknown = await signIn.CheckAsync("nobody-at-all", "wrong password");

        Assert.Equal((SignInOutcome.WrongNameOrPassword, SignInOutcome.WrongNameOrPassword), (known.Outcome, unknown.Outcome));
        Assert.Equal(1, afterKnown);
        Assert.Equal(2, hasher.Verifications);
    }

    [Fact]
    public async Task A_scheme_name_over_the_cap_is_refused()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var r = await http.PostAsJsonAsync("/api/schemes", new { id = "long-name", name = new string('x', Scheme.MaxNameLength + 1), completionYear = 1962 });

        await ApiClient.ProblemAsync(r, HttpStatusCode.BadRequest, "name-too-long");
    }

    [Fact]
    public async Task A_transfer_note_over_the_cap_is_refused_before_the_journal()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");
        var note = new string('n', TransferRules.MaxNoteLength + 1);

        var r = await chan.PostAsJsonAsync("/api/transfers",
            new { id = Guid.NewGuid(), scheme = "demo-tkt", from = "CHAN Tai Man", to = "WONG Yuk Lan", units = 1, note });

        await ApiClient.ProblemAsync(r, HttpStatusCode.BadRequest, "note-too-long");
        var entries = await f.Services.GetRequiredService<Redev.App.RedevApp>().Store.Journal.EntriesAsync(SchemeId.Parse("demo-tkt"));
        Assert.DoesNotContain(entries, e => e.Metadata.Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejection_reason_over_the_cap_is_refused_and_the_transfer_stays_open()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var chan = await ApiClient.AsAsync(f, "chan");
        using var notary = await ApiClient.AsAsync(f, "notary");
        var id = Guid.NewGuid();
        await ApiClient.JsonAsync(await chan.PostAsJsonAsync("/api/transfers",
            new { id, scheme = "demo-tkt", from = "CHAN Tai Man", to = "WONG Yuk Lan", units = 1, note = "sale" }), HttpStatusCode.Created);

        var r = await notary.PostAsJsonAsync($"/api/transfers/{id}/reject", new { reason = new string('r', TransferRules.MaxNoteLength + 1) });

        await ApiClient.ProblemAsync(r, HttpStatusCode.BadRequest, "reason-too-long");
        Assert.Equal("pending", (await ApiClient.JsonAsync(await notary.GetAsync($"/api/transfers/{id}"))).GetProperty("status").GetString());
    }
}
