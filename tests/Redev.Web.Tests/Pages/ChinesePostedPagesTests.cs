using System.Net;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// The pages a reader meets only after sending a form — a confirm step, a printed acknowledgement, a refusal, an
/// import's problems — are as Chinese as the pages reached by links (<see cref="ChinesePagesEveryRoleTests"/>
/// walks those): each scenario posts one form on a fresh demo store in zh-HK, checks that the page it answers
/// with is the one expected, and finds no English words outside <see cref="EnglishWords"/>.
/// </summary>
public class ChinesePostedPagesTests
{
    private const string Chan = "CHAN Tai Man";

    /// <summary>Role, the form's page, its handler, its fields, the element that shows the answer.</summary>
    public static readonly TheoryData<string, string, string, Dictionary<string, string>, string> Posts = new()
    {
        { "convener", "/Schemes/demo-draft/Advance", "", new() { ["To"] = "enrolling", ["Deadline"] = "2027-06-30" }, "id=\"advance-preview\"" },
        { "convener", "/Schemes/demo-draft/Advance", "Confirm", new() { ["To"] = "enrolling", ["Deadline"] = "2027-06-30" }, "id=\"advance-error\"" },
        { "convener", "/Schemes/demo-draft/Advance", "Confirm", new() { ["To"] = "enrolling", ["Deadline"] = "2027-06-30", ["Understood"] = "true" }, "id=\"advance-done\"" },
        { "chan", "/Schemes/demo-draft/Consent", "Give", new() { ["Owner"] = Chan, ["Acknowledged"] = "true" }, "id=\"consent-slip\"" },
        { "chan", "/Schemes/demo-draft/Consent", "Give", new() { ["Owner"] = Chan }, "id=\"consent-error\"" },
        { "chan", "/Schemes/demo-draft/Consent", "Withdraw", new() { ["Owner"] = Chan }, "id=\"consent-error\"" },
        { "convener", "/Schemes/demo-draft/Terms", "", new() { ["Policy"] = "equity", ["IssuePrice"] = "ten", ["Weights"] = "shares", ["SiteValue"] = "-5" }, "id=\"terms-error\"" },
        { "convener", "/Schemes", "", new() { ["Input.Id"] = "Bad Id!", ["Input.Name"] = "x", ["Input.CompletionYear"] = "1962" }, "id=\"create-error\"" },
        { "chan", "/Transfers", "Propose", new() { ["Scheme"] = "demo-tkt", ["From"] = PageForm.FirstOption, ["To"] = "NOBODY AT ALL", ["Units"] = "1" }, "id=\"transfer-error\"" },
        { "chan", "/Transfers", "Propose", new() { ["Scheme"] = "demo-tkt", ["From"] = PageForm.FirstOption, ["To"] = "@developer", ["Units"] = "999999999999" }, "id=\"transfer-error\"" },
        { "notary", "/Notary", "Sign", new() { ["Scheme"] = "demo-tkt" }, "id=\"notary-error\"" },
        { "notary", "/Notary", "Sign", new() { ["Scheme"] = "demo-tkt", ["Confirmed"] = "true" }, "id=\"notary-done\"" },
        { "notary", "/Notary", "Verify", new() { ["Scheme"] = "demo-tkt" }, "id=\"verify-result\"" },
        { "notary", "/Schemes/demo-tkt/Owners", "", new() { ["Holder"] = PageForm.FirstOption, ["Owner"] = "NOBODY AT ALL", ["DocumentType"] = PageForm.FirstOption }, "id=\"link-error\"" },
        { "certifier", "/Schemes/demo-build/Building", "Certify", new() { ["Evidence"] = "AP certificate 17", ["Payee"] = "Demo Developer Ltd" }, "id=\"certify-confirm\"" },
        { "notary", "/Schemes/demo-build/Building", "Deposit", new() { ["Amount"] = "lots", ["BankReference"] = "" }, "id=\"building-error\"" },
        { "anonymous", "/Account/SignIn", "", new() { ["UserName"] = "chan", ["Password"] = "wrong" }, "id=\"sign-in-error\"" },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_page_answering_a_form_in_Chinese_has_no_English_words(string role, string page, string handler, Dictionary<string, string> fields, string shows)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = role == "anonymous" ? f.Api() : await ApiClient.SignedInPageClientAsync(f, role);

        var (status, html) = await PageForm.PostAsync(http, page, handler == "" ? null : handler, fields, "zh-HK");

        Assert.True((int)status < 500, $"{page} answered {(int)status}");
        Assert.True(html.Contains(shows, StringComparison.Ordinal), $"{page} ({(int)status}) does not show {shows}:\n{VisibleText.Of(html)}");
        var words = EnglishWords.In(VisibleText.Of(html));
        Assert.True(words.Count == 0, $"English on {page} after {handler}: {string.Join(", ", words)}");
    }

    [Fact]
    public async Task A_consent_import_with_mistakes_lists_them_in_Chinese()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");
        var csv = "owner,decision,signed_on,evidence\nNOBODY AT ALL,maybe,2026-13-01,\n";

        var (status, html) = await PageForm.PostAsync(http, "/Schemes/demo-draft/Consents/Import", null, new Dictionary<string, string>(), "zh-HK",
            new PageForm.Upload("upload", "signed.csv", csv));

        Assert.True(html.Contains("id=\"consent-import-errors\"", StringComparison.Ordinal), $"({(int)status}) {VisibleText.Of(html)}");
        Assert.Contains("第 2 行", html, StringComparison.Ordinal);
        var words = EnglishWords.In(VisibleText.Of(html));
        Assert.True(words.Count == 0, "English on the consent import's problems: " + string.Join(", ", words));
    }
}
