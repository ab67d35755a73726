using System.Text.RegularExpressions;
using Redev.Web.Hosting;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// English words on a Chinese page that are not allowed to be there. Allowed: names from the data (the demo
/// register's flats, owners and mortgagees, the demo users' names, the scheme names), the product's name,
/// currency and the abbreviations readers know as they are (HK$, NAV, URA, PDF, CSV, ID, SHA-256, JSON, API),
/// and file formats and units written that way in Chinese too.
/// </summary>
public static partial class EnglishWords
{
    private static readonly string[] Known =
    [
        "Redev", "HK", "HKD", "NAV", "URA", "PDF", "CSV", "ID", "SHA", "JSON", "API", "UTC", "UTF", "PEM", "DMC", "OECD", "BIS", "FRED",
        "RVD", "Cap", "sq", "ft", "AM", "PM", "MB",
        // The date format a date field asks for.
        "YYYY", "MM", "DD",
    ];

    private static readonly Lazy<HashSet<string>> Data = new(LoadData);

    /// <summary>The words of <paramref name="text"/> that are English and not allowed.</summary>
    public static IReadOnlyList<string> In(string text) =>
        [.. Word().Matches(text).Select(m => m.Value).Where(w => !Allowed(w)).Distinct(StringComparer.Ordinal)];

    private static bool Allowed(string word) =>
        Known.Contains(word, StringComparer.Ordinal) || Data.Value.Contains(word);

    private static HashSet<string> LoadData()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? s)
        {
            foreach (Match m in Word().Matches(s ?? ""))
            {
                words.Add(m.Value);
            }
        }
        // The demo register: flat designations (G/F Shop A), owners' and mortgagees' names as registered.
        foreach (var line in File.ReadLines(Path.Combine(RepoRoot.Path, "src", "Redev.Store", "Demo", "demo-register.csv")).Skip(1))
        {
            Add(line);
        }
        // Holders' names as the notary registered them (a sign-in name is shown marked translate="no", not allowed here:
        // "developer" or "investor" on a page is an English word, not a name).
        foreach (var u in DemoUsers.All.Where(u => u.HolderId is not null))
        {
            Add(u.DisplayName);
            Add(u.Owner);
        }
        // The demo's milestones are not here: they are the standard stages, which the pages name in Chinese.
        // Scheme ids are the convener's identifiers (demo-tkt), shown as given.
        Add("demo-tkt demo-build demo-draft demo-closed");
        // Scheme names are the convener's text (an address), as the Land Registry writes it.
        Add(Redev.Store.Demo.DemoData.Name);
        Add(Redev.App.Demo.DemoBuilding.Name);
        Add(Redev.App.Demo.DemoClosing.Name);
        Add(Redev.App.Demo.DemoSetup.DraftName);
        return words;
    }

    // Two or more Latin letters standing alone: a single letter is a flat's or a floor's mark (Flat A, 1/F),
    // and letters inside a run of hex digits are a hash or a trace id (4fea12c…), not a word.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")]
    private static partial Regex Word();
}
