using System.Xml.Linq;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Completion;

/// <summary>The completion words in Chinese keep the glossary's terms: one word for one thing on every page.</summary>
public class CompletionTextsTests
{
    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Theory]
    [InlineData("Choice_income", "收租基金")]
    [InlineData("WindowHeading", "選擇期")]
    [InlineData("WindowHeading", "抽籤")]
    [InlineData("ProposeHeading", "派發")]
    [InlineData("TopUpReference", "補價")]
    [InlineData("PayoutStep_refund", "退款")]
    [InlineData("NewFlatsHeading", "新樓宇")]
    [InlineData("SellingCosts", "出售費用")]
    [InlineData("CreditorsLabel", "債權人")]
    [InlineData("StatementsHeading", "最終結單")]
    [InlineData("LeaseHeading", "租約")]
    [InlineData("MonthlyRent", "租金")]
    [InlineData("CompletionNav", "資產淨值")]
    [InlineData("CompletionNav", "基金單位")]
    [InlineData("FlatColumn", "住宅單位")]
    [InlineData("HolderColumn", "持有人")]
    [InlineData("ApproveEffect", "基金單位")]
    [InlineData("EscrowAndUnits", "託管")]
    public void A_completion_text_says_the_glossarys_word(string key, string word)
    {
        Assert.Contains(word, Texts("SharedResource.zh-HK.resx")[key], StringComparison.Ordinal);
    }

    [Fact]
    public void Irreversible_steps_say_so_and_closing_says_final_statements_are_written()
    {
        var en = Texts("SharedResource.resx");
        var zh = Texts("SharedResource.zh-HK.resx");
        foreach (var key in new[] { "OpenWindowEffect", "CloseWindowEffect", "ApproveEffect", "CloseSchemeEffect" })
        {
            Assert.Contains("cannot be undone", en[key], StringComparison.Ordinal);
            Assert.Contains("不能撤回", zh[key], StringComparison.Ordinal);
        }
        Assert.Contains("final statement", en["CloseSchemeEffect"], StringComparison.Ordinal);
        Assert.Contains("final statement", en["AdvanceEffect_closed"], StringComparison.Ordinal);
        Assert.Contains("最終結單", zh["AdvanceEffect_closed"], StringComparison.Ordinal);
    }
}
