using Redev.Web.Tests.Support;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// Submitting a page's form as a browser would, without one: the form's page is read first for its
/// anti-forgery token, then the fields (and a file, for an upload) are posted in the given language.
/// </summary>
public static partial class PageForm
{
    /// <summary>A field's value meaning "the first option the page's list offers", for lists whose values are ids.</summary>
    public const string FirstOption = "\u0001first";

    /// <summary>One file field of a multipart form.</summary>
    public sealed record Upload(string Field, string FileName, string Content);

    /// <param name="page">The page that shows the form (its GET gives the token); the post goes to the same path.</param>
    /// <param name="handler">The Razor page handler the button names (<c>asp-page-handler</c>), or null for the default.</param>
    public static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient http, string page, string? handler,
        IReadOnlyDictionary<string, string> fields, string culture, Upload? file = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(fields);
        using var form = await PageText.GetAsync(http, page, culture);
        var formHtml = await form.Content.ReadAsStringAsync();
        var token = AntiForgery.TokenIn(formHtml);
        Assert.False(string.IsNullOrEmpty(token), $"{page} has no form with an anti-forgery token ({form.StatusCode})");

        var all = fields.Select(f => f.Value == FirstOption ? new KeyValuePair<string, string>(f.Key, First(formHtml, page, f.Key)) : f)
            .Append(new("__RequestVerificationToken", token)).ToList();
        HttpContent body;
        if (file is null)
        {
            body = new FormUrlEncodedContent(all);
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in all)
            {
                multipart.Add(new StringContent(value), name);
            }
            multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(file.Content)), file.Field, file.FileName);
            body = multipart;
        }
        var target = page + (handler is null ? "" : (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = body };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var r = await http.SendAsync(request);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private static string First(string html, string page, string field)
    {
        var m = Regex.Match(html, $"<select[^>]*name=\"{Regex.Escape(field)}\"[^>]*>\\s*<option value=\"([^\"]*)\"");
        Assert.True(m.Success, $"{page} offers no list named {field}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

}
