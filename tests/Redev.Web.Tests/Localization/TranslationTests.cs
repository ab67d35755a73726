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
