using OpenQA.Selenium;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Browser;

/// <summary>Each role's journeys in a real browser, including the ones that must be refused.</summary>
public class JourneyTests
{
    [Fact]
    public async Task The_convener_creates_a_scheme_imports_its_register_after_fixing_errors_and_opens_enrolment()
    {
        await using var b = await Browser.OpenAsync("convener");
        b.SignIn("convener");
        Assert.Contains("88 Demo Street", b.Text("#schemes"), StringComparison.Ordinal);
        b.Shot("scheme-list");

        b.Type("#new-id", "tkt-88");
        b.Type("#new-name", "88 Test Street");
        b.Type("#new-year", "1962");
        b.Click("#create-scheme");
        Assert.Equal("tkt-88", b.Text("#scheme-id"));
        b.Shot("new-scheme");

        b.Click("#import-link");
        b.Find("#register-file").SendKeys(WriteTemp("bad.csv", Csvs.Bad));
        b.Click("#import-go");
        var errors = b.Text("#import-errors");
        Assert.Contains("Line 2", errors, StringComparison.Ordinal);
        Assert.Contains("Line 3", errors, StringComparison.Ordinal);
        Assert.Contains("Line 5", errors, StringComparison.Ordinal);
        Assert.Contains("bad.csv:2: undivided_shares: is not a whole number", errors, StringComparison.Ordinal);
        b.Shot("import-errors");
        b.Go("/Schemes/tkt-88");
        Assert.Contains("No building register has been imported yet.", b.Text("main"), StringComparison.Ordinal);

        b.Go("/Schemes/tkt-88/Register");
        b.Find("#register-file").SendKeys(WriteTemp("good.csv", Csvs.Good));
        b.Click("#import-go");
        Assert.Contains("Imported: 3 flats, 4 owners, 1 lot(s).", b.Text("#import-done"), StringComparison.Ordinal);
        b.Shot("import-done");

        b.Go("/Schemes/demo-draft/Advance");
        b.Shot("advance-form");
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('deadline').value = '2099-06-30';");
        b.Type("#note", "half the shares have applied");
        b.Click("#advance-go");
        Assert.Contains("count consents until", b.Text("#advance-effect"), StringComparison.Ordinal);
        b.Shot("advance-review");
        b.Click("#advance-understand");
        b.Click("#advance-confirm");
        Assert.Contains("Enrolling", b.Text("#advance-done"), StringComparison.Ordinal);
        b.Go("/Schemes/demo-draft");
        Assert.Contains("Enrolling", b.Text("#scheme-state"), StringComparison.Ordinal);
        Assert.Contains("half the shares have applied", b.Text("#history-table"), StringComparison.Ordinal);
        b.Shot("scheme-enrolling");
    }

    [Fact]
    public async Task A_convener_sets_the_terms_and_schedule_on_a_form_and_a_schedule_short_of_100_percent_is_refused()
    {
        await using var b = await Browser.OpenAsync("convener-terms");
        b.SignIn("convener");
        b.Go("/Schemes/demo-draft");
        b.Click("#terms-link");
        Assert.Contains("Occupation permit", b.Find("#milestones").GetAttribute("value"), StringComparison.Ordinal);

        b.Type("#milestones", "Foundations | 40 | 2028-06-30\nOccupation permit | 50 | 2029-12-31");
        b.Click("#terms-go");
        Assert.Contains("90%", b.Text("#terms-error"), StringComparison.Ordinal);

        b.Type("#milestones", "Foundations | 40 | 2028-06-30\nOccupation permit | 60 | 2029-12-31");
        b.Click("#terms-go");
        Assert.Contains("2 milestones", b.Text("#terms-done"), StringComparison.Ordinal);
        b.Shot("terms-saved");
    }

    [Fact]
    public async Task Opening_enrolment_without_a_deadline_is_refused_with_the_reason()
    {
        await using var b = await Browser.OpenAsync("convener-refused");
        b.SignIn("convener");
        b.Go("/Schemes/demo-draft/Advance");

        b.Click("#advance-go");

        Assert.Contains("deadline", b.Text("#advance-error"), StringComparison.Ordinal);
        Assert.Contains("Draft", b.Text("#current-state"), StringComparison.Ordinal);
        b.Shot("advance-refused");
    }

    [Fact]
    public async Task An_owner_sees_the_scheme_consents_and_sees_what_they_would_receive()
    {
        await using var b = await Browser.OpenAsync("owner");
        b.SignIn("chan");
        b.Go("/Schemes/demo-draft");
        var bar = b.Find("[role=progressbar]");
        Assert.Contains("the legal threshold is 70%", bar.GetAttribute("aria-valuetext"), StringComparison.Ordinal);
        Assert.Contains("Cap. 545", b.Text(".threshold-source"), StringComparison.Ordinal);
        b.Shot("scheme-page");

        b.Click("#my-consent-link");
        Assert.Contains("You have not consented.", b.Text(".consent-status"), StringComparison.Ordinal);
        b.Click("input.acknowledge");
        b.Click("button.give");
        Assert.Contains("has been recorded", b.Text("#consent-done"), StringComparison.Ordinal);
        Assert.Contains("You have consented", b.Text(".consent-status"), StringComparison.Ordinal);
        b.Shot("my-consent");

        b.Go("/Schemes/demo-draft");
        b.Click("a.my-allocation");
        Assert.Equal("CHAN Tai Man", b.Text("#preview-owner-name"));
        Assert.Matches(@"^[\d,]+ units$", b.Text("#policy-equity .units"));
        Assert.StartsWith("HK$", b.Text("#policy-equity .value"), StringComparison.Ordinal);
        Assert.Matches(@"^[\d,]+ units$", b.Text("#policy-cost-in-kind .units"));
        Assert.Contains("closest to the next whole unit", b.Text("#rounding-plain"), StringComparison.Ordinal);
        b.Shot("allocation-preview");
    }

    [Fact]
    public async Task An_owner_is_refused_the_convener_pages_and_another_owners_allocation()
    {
        await using var b = await Browser.OpenAsync("owner-forbidden");
        b.SignIn("chan");

        foreach (var (path, step) in new[]
                 {
                     ("/Schemes/demo-draft/Register", "import"), ("/Schemes/demo-draft/Advance", "advance"),
                     ("/Schemes/demo-tkt/Allocation/WONG%20Yuk%20Lan", "other-owner"),
                 })
        {
            b.Go(path);
            Assert.Equal("Not allowed", b.Text("#denied"));
            b.Shot("denied-" + step);
        }
        b.Go("/Schemes/demo-draft");
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#import-link")));
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#advance-link")));
    }

    [Fact]
    public async Task The_notary_developer_and_investor_sign_in_and_the_developer_may_not_see_an_owners_allocation()
    {
        await using var b = await Browser.OpenAsync("other-roles");
        foreach (var user in new[] { "notary", "developer", "investor" })
        {
            b.SignIn(user);
            Assert.Contains("demo-tkt", b.Text("#schemes"), StringComparison.Ordinal);
            b.Shot("schemes-" + user);
            if (user == "notary")
            {
                b.Go("/Schemes/demo-tkt/Allocation/WONG%20Yuk%20Lan");
                Assert.Equal("WONG Yuk Lan", b.Text("#preview-owner-name"));
            }
            if (user == "developer")
            {
                b.Go("/Schemes/demo-tkt/Allocation/WONG%20Yuk%20Lan");
                Assert.Equal("Not allowed", b.Text("#denied"));
            }
            b.SignOut();
        }
    }

    [Fact]
    public async Task The_notary_links_an_owner_account_and_the_owner_then_sees_that_owners_allocation()
    {
        await using var b = await Browser.OpenAsync("notary-link");
        b.SignIn("notary");
        b.Go("/Schemes/demo-draft");
        b.Click("#links-link");
        Assert.Contains("CHAN Tai Man", b.Text("#links-table"), StringComparison.Ordinal);
        b.Click("#link-user option[value='h-wong-yuk-lan']");
        b.Click("#link-document option[value='passport']");
        b.Driver.FindElement(By.XPath("//select[@id='link-owner']/option[.='HO Chi Keung']")).Click();
        b.Click("#link-go");
        Assert.Contains("h-wong-yuk-lan is now linked to HO Chi Keung", b.Text("#link-done"), StringComparison.Ordinal);
        Assert.Contains("HO Chi Keung", b.Text("#audit-table tbody tr:last-child"), StringComparison.Ordinal);
        b.Shot("owner-links");
        b.SignOut();

        b.SignIn("wong");
        b.Go("/Schemes/demo-draft/Allocation/HO%20Chi%20Keung");
        Assert.Equal("HO Chi Keung", b.Text("#preview-owner-name"));
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_plain_words()
    {
        await using var b = await Browser.OpenAsync("wrong-password");
        b.Go("/Account/SignIn");
        b.Type("#username", "wong");
        b.Type("#password", "not-my-password");
        b.Click("#sign-in");

        Assert.Contains("The user name or the password is wrong", b.Text("#sign-in-error"), StringComparison.Ordinal);
        b.Shot("wrong-password");
    }

    [Fact]
    public async Task The_language_switch_shows_every_page_in_Traditional_Chinese_with_Hong_Kong_formats()
    {
        await using var b = await Browser.OpenAsync("language");
        b.SignIn("wong");
        b.Click("#lang-zh");
        Assert.Equal("重建計劃", b.Text("h1"));
        Assert.Equal("zh-Hant-HK", b.Find("html").GetAttribute("lang"));
        var created = b.Text("#schemes tbody tr td:last-child");
        Assert.Contains("香港時間 (UTC+08:00)", created, StringComparison.Ordinal);
        Assert.Matches(@"^\d{1,2}/\d{1,2}/\d{4} ", created);
        b.Shot("schemes-zh");

        b.Go("/Schemes/demo-tkt");
        Assert.Contains("登記進度", b.Text("#progress"), StringComparison.Ordinal);
        Assert.Contains("已歸屬", b.Text("#scheme-state"), StringComparison.Ordinal);
        Assert.Equal("樓齡60至69年，不在指定地區內", b.Text(".threshold-source .class"));
        Assert.Contains("第545A章", b.Text(".threshold-source .source"), StringComparison.Ordinal);
        b.Shot("scheme-zh");
        b.Click("a.my-allocation");
        Assert.Contains("個基金單位", b.Text("#policy-equity .units"), StringComparison.Ordinal);
        b.Shot("allocation-zh");
        b.Go("/Schemes/demo-draft/Register");
        Assert.Equal("不准許", b.Text("#denied"));
        b.Shot("denied-zh");

        b.Click("#lang-en");
        Assert.Equal("Not allowed", b.Text("#denied"));
    }

    [Fact]
    public async Task The_scheme_page_fits_a_narrow_window_as_at_200_percent_zoom()
    {
        await using var b = await Browser.OpenAsync("zoom", width: 640, height: 900);
        b.SignIn("chan");
        foreach (var path in new[] { "/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Allocation/CHAN%20Tai%20Man", "/Schemes/demo-draft/Consent" })
        {
            b.Go(path);
            var overflow = (long)((IJavaScriptExecutor)b.Driver).ExecuteScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 640px wide");
            b.Shot("narrow" + path.Replace('/', '-').Replace("%20", "_", StringComparison.Ordinal));
        }
    }

    private static string WriteTemp(string name, string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "redev-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
