using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Ledger;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;
using Redev.Web.Ledger;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Transfers;

/// <summary>
/// Off-market transfers: a holder proposes one and follows its status; the notary sees the queue of
/// pending proposals and approves or rejects each (with a reason). Anyone else trying to decide gets
/// the plain 403 page, and the attempt is logged.
/// </summary>
public sealed class IndexModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<TransferView> Transfers { get; private set; } = [];
    public IReadOnlyList<TransferChoice> Choices { get; private set; } = [];
    public bool IsNotary => Callers.Of(User).Is(Role.Notary);

    /// <summary>Registered holders by ledger account, for <see cref="Name"/>.</summary>
    private IReadOnlyDictionary<string, Redev.Holders.Holder> _holders = new Dictionary<string, Redev.Holders.Holder>();
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string? Scheme { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public long Units { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public Guid TransferId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The notary's ticked confirmation on an approval or rejection: a decision moves units or ends a proposal for good.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    /// <summary>Scheme names by id, so each queued transfer says which scheme it is in.</summary>
    public IReadOnlyDictionary<string, string> SchemeNames { get; private set; } = new Dictionary<string, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        var o = await app.ProposeTransfer.RunAsync(Callers.Of(User), new ProposeCommand(null, Scheme, From, To, Units, Note), ct);
        return await AfterAsync(o.Map(p => p.Transfer), "TransferProposed", ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        await NotConfirmedAsync(ct) ?? await AfterAsync(await app.DecideTransfer.ApproveAsync(Callers.Of(User), TransferId, ct), "TransferApproved", ct);

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        await NotConfirmedAsync(ct) ?? await AfterAsync(await app.DecideTransfer.RejectAsync(Callers.Of(User), TransferId, Reason, ct), "TransferRejected", ct);

    // Only the notary's own decisions wait for the tick; anyone else goes on to the use case, which refuses them.
    private async Task<IActionResult?> NotConfirmedAsync(CancellationToken ct)
    {
        if (Confirmed || !IsNotary)
        {
            return null;
        }
        Error = l["DecisionNotConfirmed"];
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> AfterAsync(Result<TransferView> o, string doneKey, CancellationToken ct)
    {
        if (!o.Succeeded)
        {
            if (o.Refusal.Code == "not-your-holding" || this.Stop(o.Refusal) is ForbidResult)
            {
                return Forbid();
            }
            Error = Texts.Refusal(l, o.Refusal);
        }
        else
        {
            _holders = await app.Access.ByLedgerAccountAsync(ct);
            Done = l[doneKey, Display.Number(o.Value.Units), Name(o.Value.From), Name(o.Value.To)];
        }
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var caller = Callers.Of(User);
        _holders = await app.Access.ByLedgerAccountAsync(ct);
        Transfers = await app.Transfers.ListAsync(caller, ct);
        var choices = new List<TransferChoice>();
        var summaries = await app.Schemes.ListAsync(caller, ct);
        // Units pledged to a mortgagee or set aside for a pending transfer cannot be offered again.
        var available = caller.Role.Holds()
            ? (await app.Holdings.RunAsync(caller, null, ct)).Value?.ToDictionary(h => (h.Scheme, h.Holder), h => h.AvailableUnits) ?? []
            : new Dictionary<(string, string), long>();
        SchemeNames = summaries.ToDictionary(x => x.Id.Value, x => x.Name, StringComparer.Ordinal);
        foreach (var summary in summaries)
        {
            if (!Redev.Ledger.TransferRules.AllowsTransfers(summary.State))
            {
                continue;
            }
            var mine = await app.Access.LedgerHoldersOfAsync(caller, summary.Id, ct);
            if (mine.Count > 0)
            {
                choices.Add(new TransferChoice(summary.Id.Value, summary.Name,
                    [.. mine.Where(account => available.GetValueOrDefault((summary.Id.Value, account)) > 0)]));
            }
        }
        Choices = choices;
        return Page();
    }

    /// <summary>
    /// One of the proposer's own accounts, told apart: an owner is both a register owner (the flats' units) and a
    /// holder (units received later), and both read as the same name, so each says which it is.
    /// </summary>
    public string FromLabel(string account) =>
        Redev.Holders.LedgerHolders.HolderOf(account) is not null ? l["OwnAccount", Name(account)]
        : Redev.Holders.LedgerHolders.IsRegisterOwner(account) ? l["RegisterOwnerAccount", account] : Name(account);

    /// <summary>A ledger account as the visitor reads it (發展商, a holder's name), never <c>@developer</c> or <c>@holder:ID</c>.</summary>
    public string Name(string account) => LedgerNames.Of(account, _holders, l);
}
