using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;
using Redev.Web.Ledger;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Transfers;

/// <summary>One scheme a holder may transfer in: their holders there and who may receive.</summary>
public sealed record TransferChoice(string Scheme, string SchemeName, IReadOnlyList<string> From, IReadOnlyList<string> To);

/// <summary>
/// Off-market transfers: a holder proposes one and follows its status; the notary sees the queue of
/// pending proposals and approves or rejects each (with a reason). Anyone else trying to decide gets
/// the plain 403 page, and the attempt is logged.
/// </summary>
public sealed class IndexModel(TransferService transfers, LedgerHolders holders, RedevStore store, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<TransferView> Transfers { get; private set; } = [];
    public IReadOnlyList<TransferChoice> Choices { get; private set; } = [];
    public bool IsNotary => AccessRules.RoleOf(User) == Roles.Notary;
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string? Scheme { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public long Units { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public Guid TransferId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        var o = await transfers.ProposeAsync(User, new ProposeInput(null, Scheme, From, To, Units, Note), ct);
        return await AfterAsync(o, "TransferProposed", ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        await AfterAsync(await transfers.ApproveAsync(User, TransferId, ct), "TransferApproved", ct);

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        await AfterAsync(await transfers.RejectAsync(User, TransferId, Reason, ct), "TransferRejected", ct);

    private async Task<IActionResult> AfterAsync(TransferOutcome o, string doneKey, CancellationToken ct)
    {
        if (o.Forbidden)
        {
            return Forbid();
        }
        if (o.Refusal is { } r)
        {
            Error = Texts.Refusal(l, r);
            Response.StatusCode = LedgerRefusals.StatusOf(r.Code);
        }
        else if (o.Transfer is { } t)
        {
            Done = l[doneKey, Display.Number(t.Units), t.From, t.To];
        }
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Transfers = await transfers.ListAsync(User, ct);
        var choices = new List<TransferChoice>();
        foreach (var sid in await transfers.LiveSchemesAsync(ct))
        {
            var mine = await holders.OfAsync(User, sid, ct);
            if (mine.Count > 0 && await store.Schemes.GetAsync(sid, ct) is { } s)
            {
                choices.Add(new TransferChoice(sid.Value, s.Name, mine, await holders.RecipientsAsync(s, ct)));
            }
        }
        Choices = choices;
        return Page();
    }
}
