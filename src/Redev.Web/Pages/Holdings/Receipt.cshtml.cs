using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.Holders;
using Redev.Ledger;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Holdings;

/// <summary>
/// A holder's signed ledger receipt as a page to read and print (the style sheet's print rules drop the
/// navigation): the entries in plain words, the checkpoint it is proven into, the JSON to download and
/// one line on how anyone can check it. Who may take it is the receipt use case's rule, as for the download.
/// </summary>
public sealed class ReceiptModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Scheme { get; set; }
    [BindProperty(SupportsGet = true)] public string? Holder { get; set; }

    public Receipt? Receipt { get; private set; }
    public string SchemeName { get; private set; } = "";

    /// <summary>Why there is no receipt yet (no checkpoint covers the latest entries), in the page's language.</summary>
    public string? NotYet { get; private set; }

    private IReadOnlyDictionary<string, Holder> _holders = new Dictionary<string, Holder>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var caller = Callers.Of(User);
        var taken = await app.Receipt.RunAsync(caller, Scheme, string.IsNullOrEmpty(Holder) ? null : Holder, ct);
        if (!taken.Succeeded)
        {
            if (taken.Refusal.Code == "not-your-holding" || this.Stop(taken.Refusal) is ForbidResult)
            {
                return Forbid();
            }
            if (this.Stop(taken.Refusal) is { } stop)
            {
                return stop;
            }
            NotYet = Texts.Refusal(l, taken.Refusal);
            return Page();
        }
        Receipt = taken.Value;
        Holder = Receipt.Holder;
        SchemeName = (await app.Schemes.GetAsync(caller, Scheme, ct)).Value?.Name ?? Receipt.Scheme.Value;
        _holders = await app.Access.ByLedgerAccountAsync(ct);
        return Page();
    }

    /// <summary>A ledger account as the visitor reads it.</summary>
    public string Name(string account) => LedgerNames.Of(account, _holders, l);

    /// <summary>The JSON receipt's download, the same bytes as <c>GET /api/schemes/{id}/receipt</c>.</summary>
    public string DownloadHref => $"/Holdings?handler=Receipt&scheme={Uri.EscapeDataString(Scheme ?? "")}&holder={Uri.EscapeDataString(Holder ?? "")}";

    /// <summary>The signed root, shortened for reading aloud; the JSON carries it whole.</summary>
    public string ShortRoot => Receipt is null ? "" : Convert.ToHexStringLower(Receipt.Checkpoint.Root)[..16];
}
