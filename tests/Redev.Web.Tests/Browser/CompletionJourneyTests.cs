using System.Globalization;
using System.Net.Http.Headers;
using OpenQA.Selenium;
using Redev.Web.Tests.Completion;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Browser;

/// <summary>
/// The completion stage in a real browser, with a clock the test moves past the choice window's deadline: the
/// convener imports the new building's flats and opens the window; an owner chooses a flat in Chinese; the
/// convener closes the window, records the pick, sells the rest and proposes the payout; the notary approves it
/// by ticking its hash; the scheme is distributed and closed; the owner reads its final statement.
/// </summary>
public class CompletionJourneyTests
{
    [Fact]
    public async Task From_the_new_flats_to_the_owners_final_statement()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var b = await Browser.OpenAsync("completion", clock: clock);
        using (var certifier = await ApiAsync(b, "certifier"))
        using (var convenerApi = await ApiAsync(b, "convener"))
        {
            await CompletionSetup.CompleteAsync(certifier, convenerApi, clock);
        }

        b.SignIn("convener");
        b.Click("#nav-completion");
        b.Click("a.completion-scheme[href='/Schemes/demo-build/Completion']");
        b.Find("#file").SendKeys(Markets.WriteTemp("new-building.csv", CompletionSetup.Flats));
        b.Click("#import-go");
        Assert.Contains("Imported 6 flats", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal("Available", b.Text("#flat-6A .status"));
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('deadline').value = arguments[0];", CompletionSetup.Today(clock, 14));
        Assert.Contains("cannot be undone", b.Text("#open-effect"), StringComparison.Ordinal);
        b.Click("#open-go");
        Assert.Contains("Tick the box", b.Text("#completion-error"), StringComparison.Ordinal);
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('deadline').value = arguments[0];", CompletionSetup.Today(clock, 14));
        b.Click("#open-understand");
        b.Click("#open-go");
        Assert.Contains("The choice window is open", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal(64, b.Text("#seed-commitment").Length);
        Assert.StartsWith("HK$", b.Text("#completion-nav"), StringComparison.Ordinal);
        b.Shot("window-open");
        b.SignOut();

        b.SignIn("chan");
        b.Click("#lang-zh");
        b.Click("#nav-completion");
        b.Click("a.completion-scheme[href='/Schemes/demo-build/Completion']");
        Assert.Equal("你的情況", b.Text("#mine-h"));
        Assert.Contains("香港", b.Text("#window-deadline"), StringComparison.Ordinal);
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#holders, #open-form, #import-form")));
        b.Click("#choice-flat");
        b.Shot("owner-chooses-zh");
        b.Click("#choose-go");
        Assert.Contains("選擇了住宅單位", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal("住宅單位", b.Text(".my-position .choice"));
        b.Shot("owner-chose-zh");
        b.Click("#lang-en");
        b.SignOut();

        clock.Advance(TimeSpan.FromDays(15));

        b.SignIn("convener");
        b.Go("/Schemes/demo-build/Completion");
        Assert.Contains("publishes the lottery seed", b.Text("#close-window-effect"), StringComparison.Ordinal);
        b.Click("#close-window-understand");
        b.Click("#close-window-go");
        var seed = b.Text("#seed");
        Assert.Equal($"redev lottery order --seed {seed} --holdings FILE", b.Text("#recompute"));
        Assert.Contains("CHAN Tai Man", b.Text("#pick-h"), StringComparison.Ordinal);
        b.Click("#pick-flat option[value='6A']");
        b.Type("#pick-bank-reference", "TOPUP-CHAN");
        b.Click("#pick-go");
        Assert.Contains("took flat 6A", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal("Taken", b.Text("#flat-6A .status"));
        foreach (var flat in new[] { "3A", "3B", "5A", "6B", "7A" })
        {
            b.Click($"#sell-flat option[value='{flat}']");
            b.Type("#sell-price", "6500000");
            b.Type("#sell-costs", "80000.50");
            b.Type("#sell-buyer", "Buyer of " + flat);
            b.Type("#sell-bank-reference", "SALE-" + flat);
            b.Click("#sell-go");
            Assert.Contains($"Flat {flat} is sold", b.Text("#completion-done"), StringComparison.Ordinal);
        }
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#sell-form")));
        b.Type("#fee-rate", "0.01");
        b.Click("#propose-go");
        Assert.Contains("Payout sale-1 is proposed", b.Text("#completion-done"), StringComparison.Ordinal);
        var hash = b.Text("#proposed-sale-1 .batch-sha256");
        Assert.Empty(b.Driver.FindElements(By.CssSelector(".approve-form")));
        b.Shot("proposed");
        b.SignOut();

        b.SignIn("notary");
        b.Click("#nav-completion");
        b.Click("a.completion-scheme[href='/Schemes/demo-build/Completion']");
        Assert.Equal(hash, b.Text("#proposed-sale-1 .batch-sha256"));
        Assert.Contains("Selling costs", b.Text("#proposed-sale-1 .payout-lines"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(hash, b.Text("#approve-form-sale-1"), StringComparison.Ordinal);
        b.Shot("notary-reviews");
        b.Click("#approve-hash-sale-1");
        b.Click("#approve-go-sale-1");
        Assert.Contains("Payout sale-1 is paid", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal(hash, b.Text("#paid-sale-1 .batch-sha256"));
        b.SignOut();

        b.SignIn("convener");
        b.Go("/Schemes/demo-build/Advance");
        b.Click("#to option[value='distributed']");
        b.Click("#advance-go");
        b.Click("#advance-understand");
        b.Click("#advance-confirm");
        Assert.Equal("Distributed", b.Text("#current-state"));
        // Closing is not a plain move on the Advance page: it is taken on the completion page's close form.
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#to")));
        b.Click("#close-link");
        Assert.Contains("final statement", b.Text("#close-effect"), StringComparison.Ordinal);
        b.Type("#residue-to", "Urban Renewal Authority");
        b.Click("#close-understand");
        b.Click("#close-go");
        Assert.Contains("final statements were written", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.Equal("Closed", b.Text("#current-state"));
        b.Shot("closed");
        b.SignOut();

        b.SignIn("chan");
        b.Go("/Schemes/demo-build/Completion");
        var row = b.Find("#statements tr.statement");
        Assert.Contains("CHAN Tai Man", row.Text, StringComparison.Ordinal);
        Assert.Contains("6A", row.Text, StringComparison.Ordinal);
        Assert.Single(b.Driver.FindElements(By.CssSelector("#statements tr.statement")));
        b.Click("#lang-zh");
        Assert.Equal("最終結單", b.Text("#statements-h"));
        b.Shot("owner-final-statement-zh");
    }

    /// <summary>
    /// The income fund's forms in Chinese, clicked as the convener: a lease of the kept flat, its rent, an expense, then
    /// the year's income proposed and approved by the notary. A rent or an amount that is not a number is refused with a
    /// Chinese message naming the field, and nothing is recorded; what is recorded shows on the page — the lease in the
    /// leases table, the rent and the expense in the fund's cash and in the year's income lines.
    /// </summary>
    [Fact]
    public async Task The_convener_lets_the_kept_flat_and_records_its_rent_and_an_expense_in_Chinese_and_the_years_income_shows_them()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var b = await Browser.OpenAsync("income-fund", clock: clock);
        long escrow;
        using (var certifier = await ApiAsync(b, "certifier"))
        using (var convenerApi = await ApiAsync(b, "convener"))
        using (var notaryApi = await ApiAsync(b, "notary"))
        {
            await CompletionSetup.CompleteAsync(certifier, convenerApi, clock);
            await CompletionSetup.OperateAsync(convenerApi, notaryApi, clock);
            escrow = (await ApiClient.JsonAsync(await convenerApi.GetAsync($"/api/schemes/{CompletionSetup.Scheme}/completion"))).GetProperty("escrowCents").GetInt64();
        }
        var month = CompletionSetup.Today(clock)[..7];
        var year = month[..4];
        var nextYear = (int.Parse(year, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        static string Hkd(long cents) => "HK$" + (cents / 100m).ToString("N2", CultureInfo.GetCultureInfo("zh-HK"));

        b.SignIn("convener");
        b.Click("#lang-zh");
        b.Go("/Schemes/demo-build/Completion");
        Assert.Equal("以房地產信託基金營運", b.Text("#current-state"));
        Assert.Contains(Hkd(escrow), b.Text("#escrow-units"), StringComparison.Ordinal);

        // A monthly rent in words is refused, in Chinese, by the field's name; no lease is recorded.
        b.Click("#lease-flat option[value='3A']");
        b.Type("#tenant", "李美玲");
        b.Type("#monthly-rent", "二萬四千");
        SetMonth(b, "#lease-from", month);
        SetMonth(b, "#lease-to", nextYear + "-12");
        b.Click("#lease-go");
        var refused = b.Text("#completion-error");
        Assert.StartsWith("每月租金（港元）：", refused, StringComparison.Ordinal);
        Assert.Empty(EnglishIn(refused));
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#leases")));
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#completion-done")));

        b.Type("#monthly-rent", "24,000");
        SetMonth(b, "#lease-from", month);
        SetMonth(b, "#lease-to", nextYear + "-12");
        b.Click("#lease-go");
        Assert.Contains(Hkd(2_400_000), b.Text("#completion-done"), StringComparison.Ordinal);
        var lease = b.Text("#leases tbody tr");
        // Months are written as the reader says them (2026年12月), not as the form sends them.
        static string Said(string yyyyMm) => DateOnly.ParseExact(yyyyMm + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            .ToString("Y", new System.Globalization.CultureInfo("zh-HK"));
        foreach (var shown in new[] { "3A", "李美玲", Hkd(2_400_000), Said(month), Said(nextYear + "-12") })
        {
            Assert.Contains(shown, lease, StringComparison.Ordinal);
        }
        b.Shot("lease-zh");

        b.Click("#rent-flat option[value='3A']");
        SetMonth(b, "#rent-month", month);
        b.Type("#rent-bank-reference", "RENT-3A-" + month);
        b.Click("#rent-go");
        var rent = b.Text("#completion-done");
        Assert.Contains(Hkd(2_400_000), rent, StringComparison.Ordinal);
        Assert.Contains("3A", rent, StringComparison.Ordinal);
        Assert.Contains(Hkd(escrow + 2_400_000), b.Text("#escrow-units"), StringComparison.Ordinal);

        // An amount below zero is refused by the field's name, and the fund's cash does not move.
        b.Type("#expense-reference", "INV-" + year + "-001");
        b.Type("#expense-amount", "-300");
        b.Type("#expense-payee", "李記水喉工程");
        b.Type("#expense-what", "更換水管");
        b.Click("#expense-go");
        refused = b.Text("#completion-error");
        Assert.StartsWith("金額（港元）：", refused, StringComparison.Ordinal);
        Assert.Empty(EnglishIn(refused));
        Assert.Contains(Hkd(escrow + 2_400_000), b.Text("#escrow-units"), StringComparison.Ordinal);

        b.Type("#expense-amount", "1,500.50");
        b.Click("#expense-go");
        var expense = b.Text("#completion-done");
        Assert.Contains(Hkd(150_050), expense, StringComparison.Ordinal);
        Assert.Contains("李記水喉工程", expense, StringComparison.Ordinal);
        Assert.Contains(Hkd(escrow + 2_400_000 - 150_050), b.Text("#escrow-units"), StringComparison.Ordinal);
        b.Shot("rent-and-expense-zh");

        b.Click("#payout-kind option[value='income']");
        b.Type("#payout-year", year);
        b.Type("#management-fee", "1000");
        b.Click("#propose-go");
        Assert.Contains($"income-{year}", b.Text("#completion-done"), StringComparison.Ordinal);
        var proposed = $"#proposed-income-{year} ";
        foreach (var (step, words, cents) in new[] { ("rent", "已收租金", 2_400_000L), ("expenses", "開支", 150_050L), ("management-fee", "管理費", 100_000L) })
        {
            var line = b.Text(proposed + ".step-" + step);
            Assert.StartsWith(words, line, StringComparison.Ordinal);
            Assert.EndsWith(Hkd(cents), line, StringComparison.Ordinal);
        }
        b.Shot("income-proposed-zh");
        b.SignOut();

        b.SignIn("notary");
        b.Go("/Schemes/demo-build/Completion");
        b.Click($"#approve-hash-income-{year}");
        b.Click($"#approve-go-income-{year}");
        Assert.Contains($"income-{year}", b.Text("#completion-done"), StringComparison.Ordinal);
        Assert.EndsWith(Hkd(2_400_000), b.Text($"#paid-income-{year} .step-rent"), StringComparison.Ordinal);
    }

    /// <summary>A month field's value, set as the month picker would (typing into it depends on the browser's locale).</summary>
    private static void SetMonth(Browser b, string css, string month) =>
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.querySelector(arguments[0]).value = arguments[1];", css, month);

    private static IReadOnlyList<string> EnglishIn(string text) => Redev.Web.Tests.Pages.EnglishWords.In(text);

    /// <summary>An API client on the browser's app (its Kestrel port), signed in as a demo user.</summary>
    private static async Task<HttpClient> ApiAsync(Browser b, string user)
    {
        var http = new HttpClient { BaseAddress = b.Base };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClient.TokenAsync(http, user));
        return http;
    }
}
