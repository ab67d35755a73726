using System.Text.RegularExpressions;
using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Localization;

/// <summary>
/// The Chinese pages keep docs/glossary.md's words: 單位 alone reads as a flat to one owner and as a fund
/// unit to another, so every use says which — 基金單位 (a fund unit) or 住宅單位 (a flat).
/// </summary>
public partial class GlossaryTests
{
    /// <summary>
    /// Texts that quote the law: Cap. 545's lower-percentage classes say 單位 for any unit of a lot, shops
    /// included, and the page shows the notice's own wording.
    /// </summary>
    private static readonly HashSet<string> QuotesTheLaw =
    [
        "Cap545Class_2010_every-unit-over-10pct",
        "Cap545Class_2024_every-unit-over-10pct",
    ];

    [GeneratedRegex("(?<!基金)(?<!住宅)單位")]
    private static partial Regex BareUnit();

    [Theory]
    [InlineData("SharedResource.zh-HK.resx")]
    [InlineData("CycleResource.zh-HK.resx")]
    [InlineData("RiskResource.zh-HK.resx")]
    public void No_Chinese_text_says_unit_without_saying_whether_fund_unit_or_flat(string file)
    {
        var texts = XDocument.Load(Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        var bare = texts.Where(t => !QuotesTheLaw.Contains(t.Key) && BareUnit().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}").ToArray();

        Assert.True(bare.Length == 0, "單位 without 基金 or 住宅:\n" + string.Join("\n", bare));
    }

    [Fact]
    public void The_glossary_names_fund_units_and_flats_apart()
    {
        var glossary = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "glossary.md"));

        Assert.Contains("基金單位", glossary, StringComparison.Ordinal);
        Assert.Contains("住宅單位", glossary, StringComparison.Ordinal);
    }
}
