using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Redev.Store;
using Redev.Web.Hosting;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Browser;

/// <summary>
/// Headless Debian Chromium driven by Selenium against the app on a real Kestrel port, with a fresh
/// SQLite store per test. The driver path is given, so Selenium never downloads anything; a missing
/// browser or driver fails the test.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    private readonly WebFactory _app;
    private readonly string _test;
    private int _shots;

    public ChromeDriver Driver { get; }
    public Uri Base { get; }

    /// <summary>The app under the browser, for the API calls that set a journey's scene.</summary>
    public WebFactory App => _app;

    private Browser(WebFactory app, ChromeDriver driver, string test)
    {
        _app = app;
        Driver = driver;
        _test = test;
        Base = app.ServerAddress;
    }

    /// <param name="clock">The app's clock, when the journey must let a deadline pass (a <c>ManualClock</c>).</param>
    public static async Task<Browser> OpenAsync(string test, int width = 1280, int height = 1000, TimeProvider? clock = null)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (./test.sh does).");
        Assert.True(File.Exists(ChromeDriver), $"{ChromeDriver} is missing: install Debian's chromium-driver (./test.sh does).");
        var app = await WebFactory.StartAsync(StoreKind.Sqlite, kestrel: true, clock: clock);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--no-first-run", $"--window-size={width},{height}", "--lang=en-GB");
        return new Browser(app, new ChromeDriver(service, options, TimeSpan.FromSeconds(60)), test);
    }

    public void Go(string path) => Driver.Navigate().GoToUrl(new Uri(Base, path));

    public string Path_ => new Uri(Driver.Url).AbsolutePath;

    /// <summary>Waits (up to 10 s) for an element; server-rendered pages need no more than the page load.</summary>
    public IWebElement Find(string css)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Driver.FindElements(By.CssSelector(css));
            if (found.Count > 0)
            {
                return found[0];
            }
            if (DateTime.UtcNow > until)
            {
                throw new InvalidOperationException($"No element \"{css}\" on {Driver.Url}:\n{Driver.FindElement(By.TagName("body")).Text}");
            }
            Thread.Sleep(50);
        }
    }

    public string Text(string css) => Find(css).Text;

    /// <summary>
    /// Clicks, and when the click submits a form or follows a link, waits until the old page is
    /// gone: otherwise the next step can find an element (a sign-out button, say) on the page
    /// that is being replaced, and act on it mid-navigation. What is in the signed-in menu is clicked
    /// at any width: on a phone the menu is opened first (<see cref="OpenMenu"/>).
    /// </summary>
    public void Click(string css)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var page = Driver.FindElement(By.TagName("html"));
                var e = Find(css);
                if (!e.Displayed && InMenu(e))
                {
                    OpenMenu();
                }
                var type = e.GetAttribute("type");
                var navigates = e.TagName == "a" || (e.TagName is "button" or "input" && (type is null or "" or "submit"));
                e.Click();
                if (navigates)
                {
                    WaitUntilGone(page);
                }
                return;
            }
            catch (StaleElementReferenceException) when (attempt < 3)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static void WaitUntilGone(IWebElement page)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            try
            {
                _ = page.Enabled;
            }
            catch (StaleElementReferenceException)
            {
                return;
            }
            catch (UnknownErrorException ex) when (ex.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                // Chromium's other way of saying the old page's element is gone, when asked mid-navigation.
                return;
            }
            Thread.Sleep(25);
        }
    }

    public void Type(string css, string text)
    {
        var e = Find(css);
        e.Clear();
        e.SendKeys(text);
    }

    /// <summary>Signs in with the keyboard only: type, tab, type, Enter.</summary>
    public void SignIn(string user)
    {
        Go("/Account/SignIn");
        Find("#username").SendKeys(user);
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
        Driver.SwitchTo().ActiveElement().SendKeys(DemoUsers.Get(user).Password + Keys.Enter);
        Find("#who");
        var folded = OpenMenu();
        Assert.Equal(user, Text("#who"));
        if (folded)
        {
            Click(".menu-close");
        }
    }

    /// <summary>
    /// On a phone the signed-in menu (its links, who is signed in, the sign-out button) is folded under the
    /// 選單 / Menu button: opens it, and says whether it was folded. On a wide screen it is shown, the button hidden.
    /// </summary>
    public bool OpenMenu()
    {
        var button = Driver.FindElements(By.Id("menu-button"));
        if (button.Count == 0 || !button[0].Displayed
            || (bool)((IJavaScriptExecutor)Driver).ExecuteScript("return document.getElementById('menu').matches(':popover-open');")!)
        {
            return false;
        }
        button[0].Click();
        return true;
    }

    private bool InMenu(IWebElement e) =>
        (bool)((IJavaScriptExecutor)Driver).ExecuteScript("return arguments[0].closest('#menu') !== null;", e)!;

    public void SignOut()
    {
        Click("#sign-out");
        Find("#sign-in");
    }

    /// <summary>Saves a screenshot under TestResults/screenshots at the repository root, named by test and step.</summary>
    public void Shot(string step)
    {
        var dir = Path.Combine(RepoRoot.Path, "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        _shots++;
        Driver.GetScreenshot().SaveAsFile(Path.Combine(dir, $"{_test}-{_shots:00}-{step}.png"));
    }

    public async ValueTask DisposeAsync()
    {
        Driver.Quit();
        Driver.Dispose();
        await _app.DisposeAsync();
    }
}
