using System.Text.RegularExpressions;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// The app's Razor pages as path patterns, read from their <c>@page</c> directives (or, without a route,
/// from the file's place under Pages/), so a walk over the pages can tell which ones it never reached.
/// </summary>
public static partial class PageRoutes
{
    public sealed record Route(string File, Regex Pattern);

    public static IReadOnlyList<Route> All()
    {
        var pages = Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Pages");
        var routes = new List<Route>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).FirstOrDefault() ?? "";
            if (!first.StartsWith("@page", StringComparison.Ordinal))
            {
                continue;
            }
            var template = Directive().Match(first) is { Success: true } m
                ? m.Groups[1].Value
                : "/" + Path.GetRelativePath(pages, file).Replace('\\', '/')[..^".cshtml".Length];
            if (template.EndsWith("/Index", StringComparison.Ordinal))
            {
                template = template[..^"/Index".Length];
            }
            var pattern = new System.Text.StringBuilder("^");
            foreach (var segment in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                pattern.Append(segment switch
                {
                    ['{', .., '?', '}'] => "(/[^/]+)?",
                    ['{', ..] => "/[^/]+",
                    _ => "/" + Regex.Escape(segment),
                });
            }
            routes.Add(new Route(Path.GetRelativePath(pages, file), new Regex((pattern.Length == 1 ? "^/" : pattern.ToString()) + "$", RegexOptions.IgnoreCase)));
        }
        return routes;
    }

    [GeneratedRegex(@"^@page\s+""([^""]*)""")]
    private static partial Regex Directive();
}
