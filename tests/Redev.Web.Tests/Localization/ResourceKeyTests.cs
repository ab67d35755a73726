using System.Text.RegularExpressions;
using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Localization;

/// <summary>
/// Every text a page or page model asks for by a literal key exists: a missing key does not fail, the localizer
/// quietly shows the key itself ("LandingAbout") to the reader, in either language.
/// </summary>
public partial class ResourceKeyTests
{
    [Fact]
    public void Every_literal_resource_key_in_the_web_code_exists_in_its_resource()
    {
        var web = Path.Combine(RepoRoot.Path, "src", "Redev.Web");
        var keys = Directory.EnumerateFiles(Path.Combine(web, "Resources"), "*.resx")
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), Keys);
        var missing = new List<string>();
        var used = 0;
        foreach (var file in Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var localizers = LocalizersOf(file, web);
            foreach (Match m in LiteralKey().Matches(File.ReadAllText(file)))
            {
                var (name, key) = (m.Groups[1].Value, m.Groups[2].Value);
                // A key ending in "_" is a prefix completed at run time (State_ + the state); the page walks cover those.
                if (!localizers.TryGetValue(name, out var resource) || key.EndsWith('_'))
                {
                    continue;
                }
                used++;
                if (!keys[resource].Contains(key))
                {
                    missing.Add($"{Path.GetRelativePath(RepoRoot.Path, file)}: {name}[\"{key}\"] ({resource})");
                }
            }
        }

        Assert.True(used > 500, $"only {used} keys found: the scan no longer matches how the code asks for texts");
        Assert.True(missing.Count == 0, "keys with no text:\n" + string.Join("\n", missing.Distinct()));
    }

    /// <summary>
    /// The typed localizers a file can use, by name: those it declares (<c>IStringLocalizer&lt;CycleResource&gt; c</c>) and,
    /// for a page, those injected by the <c>_ViewImports.cshtml</c> files from its folder up to <c>Pages</c>.
    /// </summary>
    private static Dictionary<string, string> LocalizersOf(string file, string web)
    {
        var sources = new List<string> { File.ReadAllText(file) };
        if (file.EndsWith(".cshtml", StringComparison.Ordinal))
        {
            for (var d = Path.GetDirectoryName(file); d is not null && d.StartsWith(web, StringComparison.Ordinal); d = Path.GetDirectoryName(d))
            {
                var imports = Path.Combine(d, "_ViewImports.cshtml");
                if (File.Exists(imports))
                {
                    sources.Insert(0, File.ReadAllText(imports));
                }
            }
        }
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (Match m in Declared().Matches(source))
            {
                found[m.Groups[2].Value] = m.Groups[1].Value;
            }
        }
        return found;
    }

    private static HashSet<string> Keys(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)];

    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+(\w+)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"\b(\w+)\[""([A-Za-z0-9_-]+)""")]
    private static partial Regex LiteralKey();
}
