using System.Net;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// Every page each demo role can reach, in Traditional Chinese, has no English words but data names and the
/// abbreviations readers know (<see cref="EnglishWords"/>). The walk starts from the nav's and the schemes'
/// pages and follows every link a page offers, so a page added later is walked as soon as something links to it;
/// the Razor pages' own routes (<see cref="PageRoutes"/>) check that none was left out.
/// </summary>
public partial class ChinesePagesEveryRoleTests
{
    private static readonly string?[] Roles = [null, "chan", "wong", "convener", "notary", "certifier", "developer", "investor"];

    // Where a walk begins: the nav's pages, each demo scheme's pages, and the error pages.
    private static readonly string[] Seeds =
    [
        "/", "/Account/SignIn", "/Account/Denied", "/Schemes", "/Holdings", "/Transfers", "/Building", "/Notary", "/Markets", "/Markets/Upload",
        "/Schemes/demo-tkt", "/Schemes/demo-build", "/Schemes/demo-draft", "/Schemes/demo-draft/Consent", "/Schemes/demo-draft/Advance",
        "/Schemes/demo-draft/Terms", "/Schemes/demo-draft/Register", "/Schemes/demo-tkt/Owners", "/Schemes/demo-build/Building",
        "/Schemes/demo-draft/Allocation/CHAN%20Tai%20Man", "/Holdings/Receipt?scheme=demo-tkt", "/Schemes/nosuch", "/Markets/nosuch", "/Error/500",
    ];

    // Not pages to read: the API and its browser, the language switch and sign-out (both change state).
    private static readonly string[] NotPages = ["/api", "/openapi", "/scalar", "/culture", "/Account/SignOut"];

    [Fact]
    public async Task Every_page_of_every_role_in_Chinese_has_no_English_words_but_names_and_known_abbreviations()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var found = new List<string>();
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in Roles)
        {
            using var http = role is null ? f.Api() : await ApiClient.SignedInPageClientAsync(f, role);
            foreach (var (path, status, html) in await WalkAsync(http, reached))
            {
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound || path == "/Error/500",
                    $"{role ?? "anonymous"} {path}: {(int)status}");
                var text = VisibleText.Of(html);
                if (EnglishWords.In(text) is { Count: > 0 } words)
                {
                    // The first word in its sentence, so whoever fixes it can find where it comes from.
                    var at = text.IndexOf(words[0], StringComparison.Ordinal);
                    var context = text[Math.Max(0, at - 30)..Math.Min(text.Length, at + 50)];
                    found.Add($"{role ?? "anonymous"} {path}: {string.Join(", ", words)} «{context}»");
                }
            }
        }

        var missed = PageRoutes.All().Where(r => !r.File.EndsWith("SignOut.cshtml", StringComparison.Ordinal) && !reached.Any(p => r.Pattern.IsMatch(p)))
            .Select(r => r.File).ToList();
        Assert.True(missed.Count == 0, "pages no role reached: " + string.Join(", ", missed));
        Assert.True(found.Count == 0, $"English on Chinese pages ({found.Count}):\n" + string.Join("\n", found));
    }

    /// <summary>Reads every page reachable from <see cref="Seeds"/> by links, in zh-HK; redirects are followed as links.</summary>
    /// <param name="reached">Collects every path asked for, whatever it answered (a redirect, a refusal, an error page).</param>
    private static async Task<List<(string Path, HttpStatusCode Status, string Html)>> WalkAsync(HttpClient http, HashSet<string> reached)
    {
        var pages = new List<(string, HttpStatusCode, string)>();
        var queue = new Queue<string>(Seeds);
        var seen = new HashSet<string>(Seeds, StringComparer.Ordinal);
        // A page linking to itself with many queries (a market's months) is read a few times, not each month.
        var perPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (queue.TryDequeue(out var path) && pages.Count < 200)
        {
            var bare = path.Split('?')[0];
            if ((perPath[bare] = perPath.GetValueOrDefault(bare) + 1) > 3)
            {
                continue;
            }
            using var r = await PageText.GetAsync(http, path, "zh-HK");
            reached.Add(bare);
            if (r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && r.Headers.Location is { } to)
            {
                Enqueue(to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString);
                continue;
            }
            if (r.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await r.Content.ReadAsStringAsync();
            pages.Add((path, r.StatusCode, html));
            foreach (Match m in Link().Matches(html))
            {
                Enqueue(WebUtility.HtmlDecode(m.Groups[1].Value));
            }
        }
        return pages;

        void Enqueue(string link)
        {
            var local = link.Split('#')[0];
            if (local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal)
                && !NotPages.Any(n => local.StartsWith(n, StringComparison.OrdinalIgnoreCase)) && seen.Add(local))
            {
                queue.Enqueue(local);
            }
        }
    }

    [GeneratedRegex(@"<a\b[^>]*\bhref=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
