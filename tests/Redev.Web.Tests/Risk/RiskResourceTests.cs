using System.Text.RegularExpressions;
using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Risk;

/// <summary>The risk summary's strings exist in both languages with the same placeholders.</summary>
public partial class RiskResourceTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Every_English_risk_string_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var en = Read("RiskResource.resx");
        var zh = Read("RiskResource.zh-HK.resx");
        Assert.Equal(en.Keys.Order(), zh.Keys.Order());
        foreach (var (key, text) in en)
        {
            Assert.False(string.IsNullOrWhiteSpace(zh[key]), key);
            Assert.NotEqual(text, zh[key]);
            Assert.Equal(Placeholder().Matches(text).Select(m => m.Value).Order(), Placeholder().Matches(zh[key]).Select(m => m.Value).Order());
        }
    }
}
