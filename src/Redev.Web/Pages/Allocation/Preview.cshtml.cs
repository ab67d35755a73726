using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Allocation;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Allocation;

/// <summary>What one owner would receive under each policy; only that owner's account, or staff, may look.</summary>
public sealed class PreviewModel(SchemeService schemes, AllocationPreview previews, AccessRules access) : PageModel
{
    public OwnerPreview? Preview { get; private set; }
    public string SchemeName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, string? owner, CancellationToken ct)
    {
        owner ??= Request.Query["owner"].ToString();
        if (!SchemeId.TryParse(id, out var sid) || await schemes.GetAsync(sid, ct) is not { } s)
        {
            return NotFound();
        }
        if (!await access.MaySeeOwnerAsync(User, sid, owner, ct))
        {
            return Forbid();
        }
        Preview = await previews.ForOwnerAsync(s, owner, ct);
        SchemeName = s.Name;
        return Preview is null ? NotFound() : Page();
    }
}
