using OpenQA.Selenium;
using Redev.Ledger;

namespace Redev.Web.Tests.Browser;

/// <summary>Holdings and transfers in a real browser: propose, approve, follow the status, take a receipt, and the refused acts.</summary>
public class LedgerJourneyTests
{
    [Fact]
    public async Task An_owner_proposes_a_transfer_the_notary_approves_it_and_both_owners_see_it_approved()
    {
        await using var b = await Browser.OpenAsync("transfer");
        b.SignIn("chan");
        b.Click("#nav-holdings");
        var before = b.Text(".free-units");
        b.Shot("holdings-before");
        b.Click("#nav-transfers");
        b.Type("#to", "WONG Yuk Lan");
        b.Type("#units", "250");
        b.Type("#note", "sold to my neighbour");
        b.Shot("propose-form");
        b.Click("#propose-go");
        Assert.Contains("Proposed: 250 units from CHAN Tai Man to WONG Yuk Lan", b.Text("#transfer-done"), StringComparison.Ordinal);
        Assert.Contains("Pending", b.Text("#transfer-table .status"), StringComparison.Ordinal);
        b.Shot("proposed");
        b.Go("/Holdings");
        Assert.Equal("250", b.Text(".pending-out"));
        Assert.Equal(before, b.Text(".free-units"));
        b.SignOut();

        b.SignIn("notary");
        b.Click("#nav-transfers");
        Assert.Contains("250 units from CHAN Tai Man to WONG Yuk Lan", b.Text(".queue-item"), StringComparison.Ordinal);
        b.Shot("notary-queue");
        b.Click(".queue-item .confirm-approve");
        b.Click(".queue-item .approve");
        Assert.Contains("Approved: 250 units moved", b.Text("#transfer-done"), StringComparison.Ordinal);
        Assert.Equal("No transfer is waiting.", b.Text("#queue-empty"));
        b.Shot("approved");
        b.SignOut();

        foreach (var owner in new[] { "wong", "chan" })
        {
            b.SignIn(owner);
            b.Click("#nav-transfers");
            Assert.Contains("Approved", b.Text("#transfer-table .status"), StringComparison.Ordinal);
            b.Shot("seen-by-" + owner);
            b.SignOut();
        }
    }

    [Fact]
    public async Task The_notary_rejects_a_transfer_with_a_reason_the_owner_can_read()
    {
        await using var b = await Browser.OpenAsync("transfer-rejected");
        b.SignIn("chan");
        b.Go("/Transfers");
        b.Type("#to", "@developer");
        b.Type("#units", "10");
        b.Click("#propose-go");
        b.SignOut();

        b.SignIn("notary");
        b.Go("/Transfers");
        b.Type(".queue-item .reason", "the buyer's identity was not checked");
        b.Click(".queue-item .confirm-reject");
        b.Click(".queue-item .reject");
        Assert.Contains("Rejected", b.Text("#transfer-done"), StringComparison.Ordinal);
        b.SignOut();

        b.SignIn("chan");
        b.Go("/Transfers");
        var row = b.Text("#transfer-table tbody tr");
        Assert.Contains("Rejected", row, StringComparison.Ordinal);
        Assert.Contains("the buyer's identity was not checked", row, StringComparison.Ordinal);
        b.Shot("rejected-seen-by-owner");
    }

    [Fact]
    public async Task An_owner_sees_pledged_units_with_the_mortgagee_and_downloads_a_receipt_that_verifies()
    {
        await using var b = await Browser.OpenAsync("receipt");
        b.SignIn("wong");
        b.Go("/Holdings");
        Assert.Contains("The Hongkong and Shanghai Banking Corporation Limited", b.Text(".pledged"), StringComparison.Ordinal);
        Assert.Contains("issue price", b.Text(".nav-none"), StringComparison.Ordinal);
        b.Shot("holdings");
        var href = b.Find(".receipt-link").GetAttribute("href");

        // The browser's own fetch, with its session cookie: the bytes a click would save.
        var json = (string?)((IJavaScriptExecutor)b.Driver).ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        var key = (string?)((IJavaScriptExecutor)b.Driver).ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch('/Holdings?handler=NotaryKey').then(r => r.text()).then(done);");

        Assert.NotNull(json);
        Assert.NotNull(key);
        var receipt = Receipt.FromJson(json);
        Assert.Equal("WONG Yuk Lan", receipt.Holder);
        Assert.Empty(receipt.Verify(key));
        Assert.Contains("BEGIN PUBLIC KEY", key, StringComparison.Ordinal);
        Assert.Equal(key.Trim(), receipt.NotaryPublicKeyPem.Trim());
    }

    [Theory]
    [InlineData("en-HK", "Ledger receipt")]
    [InlineData("zh-HK", "分類帳收據")]
    public async Task An_owners_holdings_and_printable_receipt_fit_a_phone(string culture, string title)
    {
        await using var b = await Browser.OpenAsync("receipt-phone-" + culture, width: 390, height: 844);
        b.SignIn("wong");
        if (culture == "zh-HK")
        {
            b.Click("#lang-zh");
        }
        b.Go("/Holdings");
        Assert.Empty(b.Driver.FindElements(By.CssSelector("pre")));
        AssertNoSidewaysScroll(b, "/Holdings");
        b.Shot("holdings-phone");
        b.Click(".receipt-page-link");
        Assert.Equal(title, b.Text("#receipt-title"));
        Assert.Contains("redev ledger verify-receipt", b.Text("#receipt-verify"), StringComparison.Ordinal);
        Assert.NotEmpty(b.Driver.FindElements(By.CssSelector("#receipt-entries tbody tr")));
        AssertNoSidewaysScroll(b, "/Holdings/Receipt");
        b.Shot("receipt-phone");
    }

    private static void AssertNoSidewaysScroll(Browser b, string path)
    {
        var overflow = (long)((IJavaScriptExecutor)b.Driver).ExecuteScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 390px wide");
    }

    [Fact]
    public async Task An_owner_who_tries_to_approve_a_transfer_or_open_another_owners_holdings_gets_the_refusal_page()
    {
        await using var b = await Browser.OpenAsync("ledger-forbidden");
        b.SignIn("chan");
        b.Go("/Transfers");
        b.Type("#to", "WONG Yuk Lan");
        b.Type("#units", "5");
        b.Click("#propose-go");
        var id = b.Find("#transfer-table tbody tr").GetAttribute("data-id");

        // The owner has no approve button; post the notary's form by hand, with a valid antiforgery token.
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("""
            const f = document.querySelector('form[action*="Propose"]') ?? document.querySelector('form');
            f.action = '/Transfers?handler=Approve';
            const i = document.createElement('input'); i.type = 'hidden'; i.name = 'TransferId'; i.value = arguments[0];
            f.appendChild(i); f.submit();
            """, id);
        Assert.Equal("Not allowed", b.Text("#denied"));
        b.Shot("denied-approve");

        b.Go("/Holdings?holder=WONG%20Yuk%20Lan");
        Assert.Equal("Not allowed", b.Text("#denied"));
        b.Shot("denied-other-holdings");

        b.Go("/Transfers");
        Assert.Contains("Pending", b.Text("#transfer-table .status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_holdings_and_transfer_pages_read_in_Traditional_Chinese()
    {
        await using var b = await Browser.OpenAsync("ledger-zh");
        b.SignIn("wong");
        b.Click("#lang-zh");
        b.Go("/Holdings");
        Assert.Equal("我的持有", b.Text("h1"));
        Assert.Contains("抵押予", b.Text(".pledged"), StringComparison.Ordinal);
        b.Shot("holdings-zh");
        b.Go("/Transfers");
        Assert.Equal("轉讓", b.Text("h1"));
        // Wong's fund units are all pledged to the bank: the page says so rather than offering a form to fill in vain.
        Assert.Contains("沒有可轉讓的基金單位", b.Text(".nothing-to-transfer"), StringComparison.Ordinal);
        b.Shot("transfers-zh");
    }
}
