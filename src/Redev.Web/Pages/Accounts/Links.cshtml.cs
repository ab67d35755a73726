using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Holders;
using Redev.Holders;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;
using Redev.Web.Accounts;
using Redev.Web.Localization;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Accounts;

/// <summary>The notary ties owner accounts to register owners, after checking each person's identity.</summary>
[Authorize(Roles = RoleNames.Notary)]
public sealed class LinksModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<OwnerLink> Links { get; private set; } = [];

    /// <summary>Whether the scheme has vested, so its owners have ledger entries and statements.</summary>
    public bool HasLedger { get; private set; }
    public IReadOnlyList<Holder> Holders { get; private set; } = [];
    public IReadOnlyList<string> Unlinked { get; private set; } = [];

    /// <summary>The scheme's audit trail, where each link is also recorded, hash-chained and signed.</summary>
    public IReadOnlyList<AuditRecord> Audit { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty]
    public string? Holder { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? DocumentType { get; set; }

    /// <summary>The owner whose link the notary undoes (the Unlink handler).</summary>
    [BindProperty]
    public string? UnlinkOwner { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The ticked confirmation the Unlink handler needs; without it nothing is undone.</summary>
    [BindProperty]
    public bool Understood { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var linked = await app.LinkOwner.RunAsync(Callers.Of(User), new LinkOwnerCommand(id, Owner, Holder, DocumentType), ct);
        if (!linked.Succeeded)
        {
            if (this.Stop(linked.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, linked.Refusal);
        }
        else
        {
            Done = l["Linked", linked.Value.Holder.Value, linked.Value.Owner];
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string id, CancellationToken ct)
    {
        if (!Understood)
        {
            Error = l["UnlinkNotConfirmed"];
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var unlinked = await app.UnlinkOwner.RunAsync(Callers.Of(User), new UnlinkOwnerCommand(id, UnlinkOwner, Reason), ct);
        if (!unlinked.Succeeded)
        {
            if (this.Stop(unlinked.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, unlinked.Refusal);
        }
        else
        {
            Done = l["Unlinked", unlinked.Value.Subject];
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var caller = Callers.Of(User);
        if ((await app.Schemes.GetAsync(caller, id, ct)).Value is not { } s)
        {
            return false;
        }
        Id = s.Id.Value;
        Name = s.Name;
        HasLedger = s.State >= SchemeState.Vested;
        Links = (await app.Holders.LinksAsync(caller, id, ct)).Value ?? [];
        Holders = (await app.Holders.ListAsync(caller, ct)).Value ?? [];
        var linked = Links.Select(k => k.Owner).ToHashSet(StringComparer.Ordinal);
        Unlinked = (s.Register?.Owners ?? []).Where(o => !linked.Contains(o)).ToArray();
        Audit = ((await app.Ledger.AuditAsync(caller, id, ct)).Value ?? []).Select(x => x.Record).ToArray();
        return true;
    }
}
