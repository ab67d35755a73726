using System.Text.RegularExpressions;
using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Localization;

/// <summary>Every page string and every refusal a visitor can meet has its Traditional Chinese text.</summary>
public partial class TranslationTests
{
    private static readonly string Root = RepoRoot.Path;

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Root, "src", "Redev.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // A refusal's code where the domain, the store or the web app creates one: Refusal("code", ...) or new("code", ...).
    [GeneratedRegex(@"(?:Refusal|new)\(""([a-z][a-z0-9-]+)"", ")]
    private static partial Regex RefusalCode();

    [Theory]
    [InlineData("SharedResource")]
    [InlineData("CycleResource")]
    public void Every_English_string_has_a_Chinese_text_with_the_same_placeholders(string resource)
    {
        var en = Read(resource + ".resx");
        var zh = Read(resource + ".zh-HK.resx");

        var missing = en.Keys.Where(k => !zh.TryGetValue(k, out var t) || string.IsNullOrWhiteSpace(t)).ToArray();
        Assert.True(missing.Length == 0, "No zh-HK text for: " + string.Join(", ", missing));
        foreach (var (key, text) in en)
        {
            Assert.True(Placeholder().Matches(text).Select(m => m.Value).Order().SequenceEqual(Placeholder().Matches(zh[key]).Select(m => m.Value).Order()),
                $"{key}: placeholders differ between \"{text}\" and \"{zh[key]}\"");
        }
    }

    [Fact]
    public void Every_refusal_the_app_can_give_has_a_Chinese_text()
    {
        var zh = Read("SharedResource.zh-HK.resx");
        var codes = new[] { "Redev", "Redev.Store", "Redev.Web" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, "src", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Where(text => text.Contains("Refusal", StringComparison.Ordinal))
            .SelectMany(text => RefusalCode().Matches(text).Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.True(codes.Count > 40, $"only {codes.Count} refusal codes found: the scan is broken");
        var missing = codes.Where(c => !zh.ContainsKey("Refusal_" + c)).Order().ToArray();
        Assert.True(missing.Length == 0, "No zh-HK text for refusals: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_class_and_source_of_the_Cap_545_table_has_a_Chinese_text()
    {
        var zh = Read("SharedResource.zh-HK.resx");
        using var table = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "Redev", "Schemes", "Data", "cap545-thresholds.json")));

        var keys = table.RootElement.GetProperty("versions").EnumerateArray().SelectMany(v =>
        {
            var version = v.GetProperty("version").GetString();
            return v.GetProperty("classes").EnumerateArray().Select(c => $"Cap545Class_{version}_{c.GetProperty("id").GetString()}").Append($"Cap545Source_{version}");
        }).ToArray();

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !zh.ContainsKey(k)).ToArray();
        Assert.True(missing.Length == 0, "No zh-HK text for: " + string.Join(", ", missing));
    }
}
