using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
[Authorize(Roles = Roles.Notary)]
public sealed class LinksModel(SchemeService schemes, AccountStore accounts, OwnerLinking linking, RedevStore store, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<OwnerLink> Links { get; private set; } = [];
    public IReadOnlyList<WebUser> OwnerAccounts { get; private set; } = [];
    public IReadOnlyList<string> Unlinked { get; private set; } = [];

    /// <summary>The scheme's audit trail, where each link is also recorded, hash-chained and signed.</summary>
    public IReadOnlyList<AuditRecord> Audit { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid))
        {
            return NotFound();
        }
        var (link, refusal) = await linking.LinkAsync(sid, UserName, Owner, User.Identity!.Name!, ct);
        if (refusal is not null)
        {
            Error = Texts.Refusal(l, refusal);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            Done = l["Linked", link!.UserName, link.Owner];
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid) || await schemes.GetAsync(sid, ct) is not { } s)
        {
            return false;
        }
        Id = s.Id.Value;
        Name = s.Name;
        Links = await accounts.LinksAsync(Id, ct);
        OwnerAccounts = (await accounts.ListAsync(ct)).Where(u => u.Role == Roles.Owner).ToArray();
        var linked = Links.Select(k => k.Owner).ToHashSet(StringComparer.Ordinal);
        Unlinked = (s.Register?.Owners ?? []).Where(o => !linked.Contains(o)).ToArray();
        Audit = (await AuditTrail.ReadAsync(store.Database, sid, ct)).Select(x => x.Record).ToArray();
        return true;
    }
}
