using System.Drawing;
using OpenQA.Selenium;
using Redev.Web.Tests.Pages;

namespace Redev.Web.Tests.Browser;

/// <summary>
/// Each role's main pages in Traditional Chinese in a real browser, on a desktop (1366 px) and a phone (390 px):
/// saved as screenshots for review, with what the reader sees checked for English words as
/// <see cref="ChinesePagesEveryRoleTests"/> checks the HTML, and for sideways scrolling on the phone.
/// </summary>
public class RoleScreenshotTests
{
    public static readonly TheoryData<string, string[]> MainPages = new()
    {
        { "anonymous", ["/", "/Account/SignIn", "/Markets/hong-kong"] },
        { "chan", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Consent", "/Schemes/demo-draft/Allocation/CHAN%20Tai%20Man", "/Holdings", "/Transfers", "/Schemes/demo-build/Building", "/Schemes/demo-closed/Completion", "/Schemes/demo-tkt/Statement?holder=CHAN%20Tai%20Man"] },
        { "wong", ["/Schemes/demo-draft/Consent", "/Holdings", "/Transfers"] },
        { "convener", ["/Schemes", "/Schemes/demo-draft", "/Schemes/demo-draft/Consents/Import", "/Schemes/demo-draft/Terms", "/Schemes/demo-draft/Advance", "/Schemes/demo-closed/Completion", "/Markets"] },
        { "notary", ["/Notary", "/Transfers", "/Schemes/demo-tkt/Owners"] },
        { "certifier", ["/Building", "/Schemes/demo-build/Building"] },
        { "developer", ["/Holdings", "/Transfers", "/Building"] },
        { "investor", ["/Holdings", "/Transfers", "/Markets/hong-kong"] },
    };

    [Theory]
    [MemberData(nameof(MainPages))]
    public async Task Each_roles_main_pages_read_in_Chinese_on_desktop_and_phone(string role, string[] pages)
    {
        await using var b = await Browser.OpenAsync("role-" + role, width: 1366, height: 900);
        if (role == "anonymous")
        {
            b.Go("/Account/SignIn");
        }
        else
        {
            b.SignIn(role);
        }
        b.Click("#lang-zh");
        var found = new List<string>();
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            b.Driver.Manage().Window.Size = new Size(width, height);
            foreach (var path in pages)
            {
                b.Go(path);
                b.Find("main h1");
                b.Shot($"{width}{path.Replace('/', '-').Replace('?', '-').Replace('=', '-').Replace("%20", "_", StringComparison.Ordinal)}");
                if (EnglishWords.In(ShownText(b)) is { Count: > 0 } words)
                {
                    found.Add($"{path} at {width}px: {string.Join(", ", words)}");
                }
                if (width == 390)
                {
                    var overflow = (long)((IJavaScriptExecutor)b.Driver).ExecuteScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;
                    Assert.True(overflow <= 0, $"{role} {path} scrolls sideways by {overflow}px at 390px wide");
                }
            }
        }
        Assert.True(found.Count == 0, $"English seen by {role}:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// On a phone the signed-in menu folds under one 選單 button, so the page starts near the top; it opens and
    /// closes from the keyboard, its links and sign-out are then shown, and a table shows as cards named by column.
    /// </summary>
    [Fact]
    public async Task On_a_phone_the_header_is_one_row_and_its_menu_opens_from_the_keyboard()
    {
        await using var b = await Browser.OpenAsync("phone-menu", width: 390, height: 844);
        b.Driver.Manage().Window.Size = new Size(390, 844); // the command line's window is no narrower than 500 px
        b.SignIn("chan");
        b.Click("#lang-zh");
        b.Go("/Schemes");
        b.Find("main h1");
        var js = (IJavaScriptExecutor)b.Driver;
        var header = Convert.ToDouble(js.ExecuteScript("return document.querySelector('header.top').getBoundingClientRect().height;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(header < 100, $"the header takes {header}px of a 390px-wide phone");
        Assert.False(b.Find("#nav-holdings").Displayed);
        Assert.Equal("選單", b.Text("#menu-button"));
        Assert.Empty(Axe.SeriousViolations(b));

        b.Find("#menu-button").SendKeys(Keys.Enter);
        Assert.True(b.Find("#nav-holdings").Displayed);
        Assert.True(b.Find("#sign-out").Displayed);
        b.Shot("menu-open");
        Assert.Empty(Axe.SeriousViolations(b));
        b.Driver.SwitchTo().ActiveElement().SendKeys(Keys.Escape);
        Assert.False(b.Find("#nav-holdings").Displayed);

        // Each card's lines are named as the table's columns are.
        var columns = (IReadOnlyCollection<object>)js.ExecuteScript("return [...document.querySelectorAll('#schemes thead th')].map(th => th.textContent.trim());")!;
        var labels = (IReadOnlyCollection<object>)js.ExecuteScript("return [...document.querySelectorAll('#schemes tbody tr:first-child td')].map(td => td.dataset.label);")!;
        Assert.Equal(columns, labels);

        b.Click("#nav-holdings");
        Assert.Equal("/Holdings", b.Path_);
    }

    // What the browser shows, less what is English or data on purpose (the language switch, code, data marked translate="no").
    private static string ShownText(Browser b) => (string)((IJavaScriptExecutor)b.Driver).ExecuteScript("""
        const body = document.body.cloneNode(true);
        body.querySelectorAll('[lang="en"], code, [translate="no"], script, style').forEach(e => e.remove());
        document.documentElement.appendChild(body);
        body.style.position = 'absolute'; body.style.left = '-99999px';
        const text = body.innerText;
        body.remove();
        return text;
        """)!;
}
