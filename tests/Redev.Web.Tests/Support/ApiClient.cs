using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Redev.Web.Hosting;

namespace Redev.Web.Tests.Support;

/// <summary>Small helpers for API tests: a client signed in as a demo user, and problem-details reading.</summary>
public static class ApiClient
{
    public static async Task<string> TokenAsync(HttpClient http, string user, string? password = null)
    {
        var r = await http.PostAsJsonAsync("/api/tokens", new { userName = user, password = password ?? DemoUsers.Get(user).Password });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static async Task<HttpClient> AsAsync(WebFactory f, string user)
    {
        var http = f.Api();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, user));
        return http;
    }

    /// <summary>A client signed in to the pages as a demo user (the sign-in form, its antiforgery token, the cookie).</summary>
    public static async Task<HttpClient> SignedInPageClientAsync(WebFactory f, string user)
    {
        var http = f.Api();
        var form = await http.GetStringAsync("/Account/SignIn");
        var token = AntiForgery.TokenIn(form);
        Assert.NotEqual("", token);
        var r = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = DemoUsers.Get(user).Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return http;
    }

    /// <summary>Asserts an RFC 9457 problem with this status and code, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage r, HttpStatusCode status, string code)
    {
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, p.GetProperty("status").GetInt32());
        Assert.Equal(code, p.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("detail").GetString()));
        Assert.Equal(r.RequestMessage!.RequestUri!.AbsolutePath, p.GetProperty("instance").GetString());
        return p;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(r.StatusCode == status, $"expected {status}, got {r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }
}
