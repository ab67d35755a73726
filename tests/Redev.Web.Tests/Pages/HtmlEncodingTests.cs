using System.Net;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>Chinese pages carry Chinese characters, not numeric references, and still escape markup.</summary>
public partial class HtmlEncodingTests
{
    [GeneratedRegex("&#x[0-9A-Fa-f]{4,5};")]
    private static partial Regex NumericReference();

    [Fact]
    public async Task A_Chinese_page_writes_its_characters_literally()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Holdings", "zh-HK"), HttpStatusCode.OK);

        Assert.Contains("基金", html, StringComparison.Ordinal);
        var cjk = NumericReference().Matches(html).Select(m => Convert.ToInt32(m.Value[3..^1], 16)).Where(c => c >= 0x2E80).ToArray();
        Assert.True(cjk.Length == 0, "CJK written as references: " + string.Join(", ", cjk.Take(5).Select(c => $"U+{c:X4}")));
    }

    [Fact]
    public async Task Markup_in_text_is_still_escaped()
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var configured = f.Services.GetService(typeof(System.Text.Encodings.Web.HtmlEncoder)) as System.Text.Encodings.Web.HtmlEncoder;

        Assert.NotNull(configured);
        Assert.Equal("&lt;b&gt;&amp;&quot;基金&#x27;", configured.Encode("<b>&\"基金'"));
        Assert.Equal(encoder.Encode("陳大文"), configured.Encode("陳大文"));
    }
}
