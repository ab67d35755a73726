using System.Net;

namespace Redev.Web.Tests.Pages;

/// <summary>Reading pages without a browser: a GET in a chosen language, and the HTML's text.</summary>
public static class PageText
{
    /// <summary>GETs a page as the given culture (the browser's language decides when no cookie was set).</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return await http.SendAsync(request);
    }

    /// <summary>The page's HTML, after asserting its status and that it is HTML.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage r, HttpStatusCode status)
    {
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"expected {status}, got {r.StatusCode}: {html[..Math.Min(html.Length, 400)]}");
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        return html;
    }
}
