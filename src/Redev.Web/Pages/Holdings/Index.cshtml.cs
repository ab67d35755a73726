using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Ledger;

namespace Redev.Web.Pages.Holdings;

/// <summary>
/// "My holdings": units per scheme (free and pledged), pending transfers, HKD and value, with the
/// signed ledger receipt and the notary's public key to download. Another holder's page is refused
/// (staff excepted) with the plain 403 page.
/// </summary>
public sealed class IndexModel(HoldingsService holdings, RedevStore store, NotarySigner notary) : PageModel
{
    public IReadOnlyList<HoldingView> Holdings { get; private set; } = [];
    public string NotaryPublicKey => notary.PublicPem;

    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await holdings.ForAsync(User, string.IsNullOrEmpty(Holder) ? null : Holder, ct);
        if (list is null)
        {
            return Forbid();
        }
        Holdings = list;
        return Page();
    }

    public async Task<IActionResult> OnGetReceiptAsync(string scheme, CancellationToken ct)
    {
        if (!SchemeId.TryParse(scheme, out var sid) || string.IsNullOrEmpty(Holder))
        {
            return NotFound();
        }
        if (!await holdings.MayTakeReceiptAsync(User, sid, Holder, ct))
        {
            return Forbid();
        }
        var outcome = await store.Journal.ReceiptAsync(sid, Holder, ct);
        if (outcome.Receipt is not { } receipt)
        {
            // No checkpoint covers the holder's latest entries yet: said plainly, the notary signs one.
            return new ContentResult { StatusCode = StatusCodes.Status409Conflict, Content = outcome.Refusal!.ToString(), ContentType = "text/plain; charset=utf-8" };
        }
        return File(Encoding.UTF8.GetBytes(receipt.ToJson()), "application/json", $"redev-receipt-{sid}-{FileSafe(Holder)}.json");
    }

    public IActionResult OnGetNotaryKey() => File(Encoding.UTF8.GetBytes(notary.PublicPem), "application/x-pem-file", "redev-notary.pub.pem");

    private static string FileSafe(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
