using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.App.Statements;
using Redev.Holders;
using Redev.Ledger;
using Redev.Statements;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Statements;

/// <summary>
/// A holder's statement for a period, to read and to print (the style sheet's print rules drop the menus, the
/// period form and the links, and lay it out on A4), with its CSV to download in the page's language. Who may read
/// whose is the use case's rule; a holder asking for someone else's gets the 403 page, as for receipts.
/// </summary>
public sealed class ShowModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Holder { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    /// <summary>
    /// The period's last day, included, as the form asks for it: people name the last day they want, while the
    /// statement (and its API and CSV) keeps the day after, excluded (docs/statements.md). Wins over <see cref="To"/>.
    /// </summary>
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }

    public string Scheme { get; private set; } = "";
    public string SchemeName { get; private set; } = "";
    public HolderStatement? Statement { get; private set; }

    /// <summary>Why there is no statement (a bad date, an unknown holder), in the page's language.</summary>
    public string? Error { get; private set; }

    private IReadOnlyDictionary<string, Holder> _holders = new Dictionary<string, Holder>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        return Page();
    }

    /// <summary>The statement's CSV in the page's language: the same bytes as <c>redev statement --csv</c> and the API's.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        if (Statement is not { } s)
        {
            return Page();
        }
        var language = Texts.Chinese ? StatementLanguage.TraditionalChinese : StatementLanguage.English;
        return File(Encoding.UTF8.GetBytes(StatementCsv.Write(s, language)), "text/csv; charset=utf-8", FileName(s));
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var caller = Callers.Of(User);
        Scheme = id;
        if (Empty(Until) is { } until)
        {
            // A date that does not read is passed on as it is, for the use case to refuse in its own words.
            To = DateOnly.TryParseExact(until, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var last)
                ? last.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : until;
        }
        var read = await app.Statement.RunAsync(caller, new StatementCommand(id, Holder, Empty(From), Empty(To)), ct);
        if (!read.Succeeded)
        {
            if (read.Refusal.Code == "no-scheme")
            {
                return NotFound();
            }
            if (this.Stop(read.Refusal) is { } stop)
            {
                return stop;
            }
            // A ledger account's text (@developer, @holder:ID) is named as people say it in the refusal too.
            var refusal = read.Refusal;
            if (refusal.Args.TryGetValue("holder", out var account))
            {
                var named = LedgerNames.Of(account, await app.Access.ByLedgerAccountAsync(ct), l);
                refusal = refusal with { Args = new Dictionary<string, string>(refusal.Args, StringComparer.Ordinal) { ["holder"] = named } };
            }
            Error = Texts.Refusal(l, refusal);
        }
        Statement = read.Value;
        SchemeName = (await app.Schemes.GetAsync(caller, id, ct)).Value?.Name ?? id;
        _holders = await app.Access.ByLedgerAccountAsync(ct);
        if (Statement is { } s)
        {
            // The form shows the period the statement covers, defaults included.
            From = s.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            To = s.Period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Until = s.Period.To.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>A ledger account as the visitor reads it: a system account in words, a holder by name.</summary>
    public string Name(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return SystemAccounts.IsSystemName(account) && SystemAccounts.All.Any(a => a.Holder == account)
            ? l["Account_" + account[1..]]
            : LedgerNames.Of(account, _holders, l);
    }

    /// <summary>What a movement's code means, in the page's language (the CSV's words).</summary>
    public static string What(TransferCode code) =>
        StatementWords.Code(Texts.Chinese ? StatementLanguage.TraditionalChinese : StatementLanguage.English, code);

    /// <summary>The rounding rule in the page's language.</summary>
    public static string RoundingRule => StatementWords.RoundingRule(Texts.Chinese ? StatementLanguage.TraditionalChinese : StatementLanguage.English);

    /// <summary>Whether the visitor can open the receipt the movements are checked against: a holder takes their own, the notary anyone's.</summary>
    public bool MayTakeReceipt => Callers.Of(User).Role.Holds() || Callers.Of(User).Is(Role.Notary);

    public string CsvHref => Href("Csv");

    public string ReceiptHref => $"/Holdings/Receipt?scheme={Uri.EscapeDataString(Scheme)}&holder={Uri.EscapeDataString(Holder ?? "")}";

    private string Href(string handler) =>
        $"/Schemes/{Uri.EscapeDataString(Scheme)}/Statement?handler={handler}&holder={Uri.EscapeDataString(Holder ?? "")}&from={Uri.EscapeDataString(From ?? "")}&to={Uri.EscapeDataString(To ?? "")}";

    /// <summary>A file name without the holder's name (which may not be ASCII or may hold spaces): scheme and period.</summary>
    private static string FileName(HolderStatement s) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"statement-{s.Scheme}-{s.Period.From:yyyy-MM-dd}-{s.Period.To:yyyy-MM-dd}.csv");
}
