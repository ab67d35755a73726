using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Ledger;
using Redev.Web.Hosting;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Ledger;

namespace Redev.Web.Pages.Holdings;

/// <summary>
/// "My holdings": units per scheme (free and pledged), pending transfers, HKD and value, with a link to
/// the printable receipt page, the signed JSON receipt and the notary's public key to download (as links:
/// a key's text block would not fit a phone's screen). Another holder's page is refused (staff excepted)
/// with the plain 403 page; staff, who hold nothing, have no page of their own.
/// </summary>
public sealed class IndexModel(RedevApp app, Microsoft.Extensions.Localization.IStringLocalizer<Redev.Web.SharedResource> l) : PageModel
{
    private IReadOnlyDictionary<string, Redev.Holders.Holder> _holders = new Dictionary<string, Redev.Holders.Holder>();

    /// <summary>A holding's account as the visitor reads it: 發展商 or the holder's name, never <c>@developer</c> or <c>@holder:ID</c>.</summary>
    public string Name(string account) => Redev.Web.Localization.LedgerNames.Of(account, _holders, l);

    public IReadOnlyList<HoldingView> Holdings { get; private set; } = [];

    /// <summary>NAV of each scheme held (the fund's aggregates, which every holder may see).</summary>
    public IReadOnlyDictionary<string, Redev.App.Building.NavView> Navs { get; private set; } = new Dictionary<string, Redev.App.Building.NavView>();

    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    /// <summary>Why there is nothing yet, in the reader's terms: an investor or the developer has no flat to be linked to.</summary>
    public string NoHoldingsKey => Callers.Of(User).Role switch
    {
        Role.Investor => "NoHoldingsInvestor",
        Role.Developer => "NoHoldingsDeveloper",
        _ => "NoHoldings",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Staff hold nothing, so they have no "my holdings"; they may still look at a holder's (?holder=X).
        if (string.IsNullOrEmpty(Holder) && !Callers.Of(User).Role.Holds())
        {
            return NotFound();
        }
        var list = await app.Holdings.RunAsync(Callers.Of(User), string.IsNullOrEmpty(Holder) ? null : Holder, ct);
        if (!list.Succeeded)
        {
            return Forbid();
        }
        Holdings = list.Value;
        _holders = await app.Access.ByLedgerAccountAsync(ct);
        var navs = new Dictionary<string, Redev.App.Building.NavView>(StringComparer.Ordinal);
        foreach (var scheme in Holdings.Select(h => h.Scheme).Distinct(StringComparer.Ordinal))
        {
            if ((await app.Building.RunAsync(Callers.Of(User), scheme, ct)) is { Succeeded: true } b)
            {
                navs[scheme] = b.Value.Nav;
            }
        }
        Navs = navs;
        return Page();
    }

    public async Task<IActionResult> OnGetReceiptAsync(string scheme, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Holder))
        {
            return NotFound();
        }
        var receipt = await app.Receipt.RunAsync(Callers.Of(User), scheme, Holder, ct);
        if (!receipt.Succeeded)
        {
            return this.Stop(receipt.Refusal) ?? receipt.Refusal.Code switch
            {
                "not-your-holding" => Forbid(),
                // No checkpoint covers the holder's latest entries yet: said plainly; the notary signs one.
                _ => new ContentResult { StatusCode = Response.StatusCode, Content = Localization.Texts.Refusal(null!, receipt.Refusal), ContentType = "text/plain; charset=utf-8" },
            };
        }
        return File(Encoding.UTF8.GetBytes(receipt.Value.ToJson()), "application/json", $"redev-receipt-{scheme}-{FileSafe(Holder)}.json");
    }

    public IActionResult OnGetNotaryKey() => File(Encoding.UTF8.GetBytes(app.Notary.PublicPem), "application/x-pem-file", "redev-notary.pub.pem");

    private static string FileSafe(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
