using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Localization;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Consents;

/// <summary>
/// An owner gives or withdraws their own consent; the convener may record anyone's. Nobody else may
/// use this page.
/// </summary>
public sealed class MineModel(SchemeService schemes, AccessRules access, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string State { get; private set; } = "";
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlyList<string> RegisterOwners { get; private set; } = [];
    public IReadOnlyDictionary<string, DateTimeOffset> ConsentedAt { get; private set; } = new Dictionary<string, DateTimeOffset>();
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public bool IsConvener => AccessRules.RoleOf(User) == Roles.Convener;

    [BindProperty]
    public string? Owner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostGiveAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, (sid, o) => schemes.AddConsentAsync(sid, o, ct), "ConsentRecorded", ct);

    public Task<IActionResult> OnPostWithdrawAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, (sid, o) => schemes.WithdrawConsentAsync(sid, o, ct), "ConsentWithdrawn", ct);

    private async Task<IActionResult> ChangeAsync(string id, Func<SchemeId, string, Task<SchemeChange>> change, string doneKey, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid))
        {
            return NotFound();
        }
        var owner = Owner ?? "";
        if (!await access.MayConsentForAsync(User, sid, owner, ct))
        {
            return Forbid();
        }
        var result = await change(sid, owner);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Refusal is { } r)
        {
            Error = Texts.Refusal(l, r);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            Done = l[doneKey, owner];
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid) || await schemes.GetAsync(sid, ct) is not { } s)
        {
            return NotFound();
        }
        Owners = await access.OwnersOfAsync(User, sid, ct);
        if (Owners.Count == 0 && !IsConvener)
        {
            access.LogRefused(User, $"open the consent form of scheme {sid} (not linked to any owner)");
            return Forbid();
        }
        Id = s.Id.Value;
        Name = s.Name;
        State = SchemeDto.Lower(s.State);
        RegisterOwners = s.Register?.Owners ?? [];
        ConsentedAt = s.Consents.ToDictionary(c => c.Owner, c => c.At, StringComparer.Ordinal);
        return Page();
    }
}
