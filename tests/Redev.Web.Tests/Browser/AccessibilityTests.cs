namespace Redev.Web.Tests.Browser;

/// <summary>
/// The owner's and the convener's pages, and the public ones, in both languages, have no serious or critical
/// axe-core violation of WCAG 2.1 AA (contrast, names of fields and buttons, language, structure).
/// </summary>
public class AccessibilityTests
{
    public static readonly TheoryData<string, string, string[]> Pages = new()
    {
        { "anonymous", "en", ["/", "/Account/SignIn", "/Markets", "/Markets/hong-kong"] },
        { "anonymous", "zh", ["/", "/Account/SignIn", "/Markets", "/Markets/hong-kong"] },
        { "chan", "en", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Consent", "/Schemes/demo-draft/Allocation/CHAN%20Tai%20Man", "/Holdings", "/Holdings/Receipt?scheme=demo-tkt", "/Transfers", "/Schemes/demo-closed/Completion", "/Schemes/demo-tkt/Statement?holder=CHAN%20Tai%20Man"] },
        { "chan", "zh", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Consent", "/Schemes/demo-draft/Allocation/CHAN%20Tai%20Man", "/Holdings", "/Holdings/Receipt?scheme=demo-tkt", "/Transfers", "/Schemes/demo-closed/Completion", "/Schemes/demo-tkt/Statement?holder=CHAN%20Tai%20Man"] },
        { "convener", "en", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Terms", "/Schemes/demo-draft/Advance", "/Schemes/demo-draft/Register", "/Schemes/demo-draft/Consents/Import", "/Schemes/demo-draft/Consent", "/Schemes/demo-closed/Completion", "/Markets"] },
        { "convener", "zh", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Terms", "/Schemes/demo-draft/Advance", "/Schemes/demo-draft/Register", "/Schemes/demo-draft/Consents/Import", "/Schemes/demo-draft/Consent", "/Schemes/demo-closed/Completion", "/Markets"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_have_no_serious_or_critical_accessibility_violations(string role, string language, string[] paths)
    {
        await using var b = await Browser.OpenAsync($"axe-{role}-{language}", width: 1366, height: 900);
        if (role == "anonymous")
        {
            b.Go("/");
        }
        else
        {
            b.SignIn(role);
        }
        if (language == "zh")
        {
            b.Click("#lang-zh");
        }
        var found = new List<string>();
        foreach (var path in paths)
        {
            b.Go(path);
            b.Find("main h1");
            found.AddRange(Axe.SeriousViolations(b).Select(v => $"{path}: {v}"));
        }
        Assert.True(found.Count == 0, $"axe-core, {role} in {language}:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_check_reports_an_unnamed_field_and_an_image_without_text()
    {
        await using var b = await Browser.OpenAsync("axe-broken", width: 1366, height: 900);
        b.Go("/");
        b.Find("main h1");
        ((OpenQA.Selenium.IJavaScriptExecutor)b.Driver).ExecuteScript(
            "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\"><img src=\"/nothing.png\">');");

        var found = Axe.SeriousViolations(b);

        Assert.Contains(found, v => v.StartsWith("label (critical)", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
    }
}
