using OpenQA.Selenium;

namespace Redev.Web.Tests.Browser;

/// <summary>
/// The building stage in a real browser: the certifier certifies the demo's third milestone after a
/// confirm step that says what will move, the developer sees the units issued, and an owner reads NAV
/// on the holdings page in Traditional Chinese.
/// </summary>
public class BuildingJourneyTests
{
    private const string Evidence = "5f2b1c0e9d8a7b6c5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988";

    [Fact]
    public async Task The_certifier_certifies_milestone_3_the_developer_sees_the_units_and_an_owner_sees_nav_in_Chinese()
    {
        await using var b = await Browser.OpenAsync("building");
        b.SignIn("certifier");
        b.Click("#nav-building");
        b.Click("a.building-scheme[href='/Schemes/demo-build/Building']");
        Assert.Contains("2 of 4", b.Text("#certified-count"), StringComparison.Ordinal);
        Assert.Contains("Certified on time", b.Text("#milestone-2 .standing"), StringComparison.Ordinal);
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#deposit-form")));
        var units = b.Text("#milestone-3 .units");
        b.Type("#evidence", Evidence);
        b.Type("#payee", "Demo Builders Ltd");
        b.Shot("certify-form");
        b.Click("#certify-check");
        var confirm = b.Text("#certify-confirm");
        Assert.Contains("Certifying milestone 3", confirm, StringComparison.Ordinal);
        Assert.Contains($"issue {units} fund units to the developer", confirm, StringComparison.Ordinal);
        Assert.Contains("to Demo Builders Ltd", confirm, StringComparison.Ordinal);
        b.Shot("certify-confirm");
        b.Click("#certify-go");
        Assert.Contains("Milestone 3", b.Text("#building-done"), StringComparison.Ordinal);
        Assert.Contains("3 of 4", b.Text("#certified-count"), StringComparison.Ordinal);
        Assert.Contains("Certified", b.Text("#milestone-3 .standing"), StringComparison.Ordinal);
        Assert.Contains(Evidence[..12], b.Text("#milestone-3"), StringComparison.Ordinal);
        var issued = b.Text("#developer-units");
        b.Shot("certified");
        b.SignOut();

        b.SignIn("developer");
        b.Click("#nav-building");
        b.Click("a.building-scheme[href='/Schemes/demo-build/Building']");
        Assert.Equal("Your figures as developer", b.Text("#escrow-h"));
        Assert.Equal(issued, b.Text("#developer-units"));
        Assert.Contains("3 of 4", b.Text("#certified-count"), StringComparison.Ordinal);
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#certify-form")));
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#appraisal-form")));
        b.Shot("developer");
        b.SignOut();

        b.SignIn("chan");
        b.Click("#lang-zh");
        b.Click("#nav-holdings");
        var build = b.Find("section.holding[aria-label^='20 Sample Road']");
        Assert.StartsWith("HK$", build.FindElement(By.CssSelector(".nav-per-unit")).Text, StringComparison.Ordinal);
        Assert.Contains("資產淨值", build.Text, StringComparison.Ordinal);
        Assert.Contains("每個基金單位的資產淨值", build.FindElement(By.CssSelector(".nav-history caption")).Text + build.Text, StringComparison.Ordinal);
        var svg = build.FindElement(By.CssSelector(".nav-chart svg")).GetAttribute("outerHTML")!;
        Assert.Contains("每個基金單位的資產淨值", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("x=\"\"", svg, StringComparison.Ordinal);
        Assert.NotEmpty(b.Driver.FindElements(By.CssSelector(".nav-none")));
        Assert.Contains("尚未有估值", b.Text(".nav-none"), StringComparison.Ordinal);
        b.Shot("holdings-nav-zh");

        // The owner reads the building page too, without any form.
        b.Go("/Schemes/demo-build/Building");
        Assert.Contains("工程里程碑", b.Text("#milestones-h"), StringComparison.Ordinal);
        Assert.Empty(b.Driver.FindElements(By.CssSelector("form#certify-form, form#deposit-form, form#appraisal-form, form#adopt-form")));
        b.Shot("owner-building-zh");
    }
}
