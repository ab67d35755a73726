using System.Security.Cryptography;

namespace Redev.Web.Hosting;

/// <summary>
/// The one style sheet, embedded in the assembly and served with a content hash in its path, so it is
/// found whatever the working folder and can be cached for good.
/// </summary>
public static class StyleSheet
{
    private static readonly byte[] Bytes = Load();

    public static string Path { get; } = "/site." + Convert.ToHexStringLower(SHA256.HashData(Bytes))[..12] + ".css";

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(Bytes, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static byte[] Load()
    {
        using var s = typeof(StyleSheet).Assembly.GetManifestResourceStream("Redev.Web.site.css")
                      ?? throw new InvalidOperationException("The style sheet is not embedded.");
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
