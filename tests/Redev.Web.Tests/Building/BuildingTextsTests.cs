using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Building;

/// <summary>The building and NAV words in Chinese: real characters, and the glossary's fund unit (基金單位), never a bare 單位.</summary>
public class BuildingTextsTests
{
    private static Dictionary<string, string> Chinese() =>
        XDocument.Load(Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources", "SharedResource.zh-HK.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void No_Chinese_text_uses_a_radical_in_place_of_a_character()
    {
        var bad = Chinese().Where(kv => kv.Value.Any(c => c is >= '\u2E80' and <= '\u2FDF')).Select(kv => kv.Key).ToArray();

        Assert.True(bad.Length == 0, "CJK or Kangxi radicals in: " + string.Join(", ", bad));
    }

    [Fact]
    public void The_building_and_nav_texts_say_fund_unit_in_full()
    {
        var keys = Chinese().Where(kv => kv.Key.StartsWith("Nav", StringComparison.Ordinal) || kv.Key.StartsWith("Developer", StringComparison.Ordinal)
            || kv.Key.StartsWith("Certify", StringComparison.Ordinal) || kv.Key is "UnitsIssuedOf" or "MilestoneCertifiedDone" or "AdoptDone");

        foreach (var (key, text) in keys)
        {
            Assert.False(text.Replace("基金單位", "", StringComparison.Ordinal).Replace("住宅單位", "", StringComparison.Ordinal).Contains("單位", StringComparison.Ordinal),
                $"{key}: \"{text}\" says 單位 without 基金 or 住宅");
        }
    }
}
