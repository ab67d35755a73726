using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Contract;

/// <summary>The problem schema promises <c>code</c> and <c>traceId</c> on every problem; these check the answers really carry them.</summary>
public class ProblemShapeTests
{
    private static async Task<JsonElement> TracedAsync(HttpResponseMessage r, HttpStatusCode status, string code)
    {
        var p = await ApiClient.ProblemAsync(r, status, code);
        Assert.False(string.IsNullOrEmpty(p.GetProperty("traceId").GetString()), "a problem without traceId");
        return p;
    }

    [Fact]
    public async Task Problems_from_refusals_the_token_check_and_the_fallback_all_carry_a_trace_id()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var anonymous = f.Api();
        using var owner = await ApiClient.AsAsync(f, "chan");

        await TracedAsync(await anonymous.GetAsync("/api/schemes"), HttpStatusCode.Unauthorized, "unauthenticated");
        await TracedAsync(await owner.PostAsJsonAsync("/api/schemes", new { id = "x-1", name = "X", completionYear = 1960 }), HttpStatusCode.Forbidden, "forbidden");
        await TracedAsync(await owner.GetAsync("/api/schemes/no-such"), HttpStatusCode.NotFound, "no-scheme");
        await TracedAsync(await owner.GetAsync("/api/no-such-endpoint"), HttpStatusCode.NotFound, "no-endpoint");
        await TracedAsync(await anonymous.PostAsJsonAsync("/api/tokens", new { userName = "chan", password = "wrong" }), HttpStatusCode.Unauthorized, "bad-credentials");
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_not_guessed_at()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "convener");

        var r = await http.PostAsync("/api/schemes", new StringContent("""{"id":"str-1","name":"Strings","completionYear":"1962"}""", System.Text.Encoding.UTF8, "application/json"));

        await TracedAsync(r, HttpStatusCode.BadRequest, "http-400");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/schemes/str-1")).StatusCode);
    }
}
