using System.Net;
using System.Text.RegularExpressions;
using Redev.Building;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// What the demo writes as its story — its milestones' names and the notes of its schemes' moves — reads in the
/// reader's language: the standard stages and Redev's own notes are words of the pages, not a convener's text.
/// </summary>
public partial class DemoStoryTextsTests
{
    [Theory]
    [InlineData("chan")]
    [InlineData("convener")]
    public async Task The_demo_schemes_history_and_milestones_are_in_Chinese_on_the_Chinese_pages_and_in_English_on_the_English(string user)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, user);

        var zhHistory = await TextAsync(http, "/Schemes/demo-closed", "zh-HK");
        var zhBuilding = await TextAsync(http, "/Schemes/demo-closed/Building", "zh-HK");
        var enHistory = await TextAsync(http, "/Schemes/demo-closed", "en-HK");
        var enBuilding = await TextAsync(http, "/Schemes/demo-closed/Building", "en-HK");

        // Every text is looked for in all the page's text, what is marked as data included: none may stay English.
        foreach (var note in new[] { KnownNotes.DemoApplicationsIn, KnownNotes.DemoThresholdMet, KnownNotes.DemoEscrowFunded, KnownNotes.DemoOccupationPermit, KnownNotes.DemoUnitsSettled })
        {
            Assert.DoesNotContain(note.Text, zhHistory, StringComparison.Ordinal);
            Assert.Contains(note.Text, enHistory, StringComparison.Ordinal);
        }
        foreach (var words in new[] { "示範：申請已收齊", "示範：已達門檻", "示範：託管資金已存入", "示範：已發出入伙紙", "示範：所有基金單位已結算", "計劃已結束" })
        {
            Assert.Contains(words, zhHistory, StringComparison.Ordinal);
        }
        foreach (var m in StandardMilestones.All)
        {
            Assert.DoesNotContain(m.Name, zhBuilding, StringComparison.Ordinal);
            Assert.Contains(m.Name, enBuilding, StringComparison.Ordinal);
        }
        foreach (var words in new[] { "拆卸及地基工程", "上蓋結構工程", "平頂", "入伙紙" })
        {
            Assert.Contains(words, zhBuilding, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_schedule_shown_in_Chinese_and_saved_unchanged_keeps_the_standard_milestones_names()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        const string page = "/Schemes/demo-draft/Terms";
        var form = await PageText.HtmlAsync(await PageText.GetAsync(http, page, "zh-HK"), HttpStatusCode.OK);
        var schedule = WebUtility.HtmlDecode(Textarea().Match(form).Groups[1].Value);
        Assert.StartsWith("拆卸及地基工程 | 20 | ", schedule, StringComparison.Ordinal);
        Assert.Contains("\n入伙紙 | 25 | ", schedule, StringComparison.Ordinal);

        // The form sent back as it was shown.
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Input().Matches(form))
        {
            // The sign-out form carries the same antiforgery token as the terms form.
            fields.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value));
        }
        fields["Policy"] = Checked().Match(form).Groups[1].Value;
        fields["Weights"] = Selected().Match(form).Groups[1].Value;
        fields["Milestones"] = schedule;
        using var request = new HttpRequestMessage(HttpMethod.Post, page) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.AcceptLanguage.ParseAdd("zh-HK");
        var saved = await PageText.HtmlAsync(await http.SendAsync(request), HttpStatusCode.OK);
        Assert.Contains("id=\"terms-done\"", saved, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(Textarea().Match(await PageText.HtmlAsync(await PageText.GetAsync(http, page, "en-HK"), HttpStatusCode.OK)).Groups[1].Value);
        Assert.Equal(StandardMilestones.All.Select(m => m.Name), english.Split('\n').Select(line => line.Split(" | ")[0]));
    }

    /// <summary>A page's text as a reader meets it, what is marked as data included.</summary>
    private static async Task<string> TextAsync(HttpClient http, string path, string culture)
    {
        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, path, culture), HttpStatusCode.OK);
        return WebUtility.HtmlDecode(Regex.Replace(html.Split("<main")[1], "<[^>]*>", " "));
    }

    [GeneratedRegex("<textarea id=\"milestones\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Textarea();

    [GeneratedRegex("<input (?:id=\"[^\"]*\" )?(?:type=\"(?:hidden|text)\" )?name=\"([A-Za-z_]+)\"(?: type=\"hidden\")? value=\"([^\"]*)\"")]
    private static partial Regex Input();

    [GeneratedRegex("<input type=\"radio\" name=\"Policy\" value=\"([^\"]+)\" checked=\"checked\"")]
    private static partial Regex Checked();

    [GeneratedRegex("<option value=\"([^\"]+)\" selected=\"selected\"")]
    private static partial Regex Selected();
}
