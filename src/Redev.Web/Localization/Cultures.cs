using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Redev.Web.Localization;

/// <summary>
/// The two languages of the pages: Hong Kong English and Traditional Chinese (Hong Kong), with their
/// own number and date formats. A visitor's choice is kept in a cookie; the browser's language decides
/// on the first visit.
/// </summary>
public static class Cultures
{
    public const string English = "en-HK";
    public const string Chinese = "zh-HK";

    public static RequestLocalizationOptions Options()
    {
        var supported = new[] { new CultureInfo(English), new CultureInfo(Chinese) };
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = supported,
            SupportedUICultures = supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
    }

    /// <summary><c>GET /culture?c=zh-HK&amp;returnUrl=/Schemes</c>: remembers the choice and goes back to the page.</summary>
    public static void MapSwitch(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/culture", (string? c, string? returnUrl, HttpContext http) =>
        {
            var culture = c == Chinese ? Chinese : English;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Only a local path: the switch must not become an open redirect.
            // A control character (a CR or LF, say) cannot go into a Location header: it would fail as a 500, so go home.
            var back = returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal)
                && !r.Any(char.IsControl) ? r : "/";
            return Results.LocalRedirect(back);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
