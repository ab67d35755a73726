namespace Redev.Web.Hosting;

/// <summary>
/// How errors are answered: the API (<c>/api/…</c>, and the OpenAPI document) keeps RFC 9457 problem
/// details, which programs read; every other path gets an HTML page in the layout and the visitor's
/// language, with the status code kept, because a person reads it (an owner should never meet raw JSON).
/// </summary>
public static class ErrorPages
{
    /// <summary>The page that renders an error status for people (<c>/Error/404</c>).</summary>
    public const string PathFormat = "/Error/{0}";

    /// <summary>Adds the exception handler and the status-code pages, split between the API and the pages.</summary>
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsForPrograms, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsForPrograms(c), pages =>
        {
            // The registered IExceptionHandlers (a body over the limit is a 413) still run first.
            pages.UseExceptionHandler("/Error/500");
            pages.UseStatusCodePagesWithReExecute(PathFormat);
        });
    }

    /// <summary>Requests whose answers programs read: the API and the OpenAPI document.</summary>
    public static bool IsForPrograms(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
    }
}
