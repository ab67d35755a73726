using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Schemes;

/// <summary>One scheme: state, enrolment per lot against its legal threshold, consents, register and history.</summary>
public sealed class ShowModel(SchemeService schemes, AccessRules access) : PageModel
{
    public SchemeDto? Scheme { get; private set; }
    public long IssuePriceCents { get; private set; }
    public IReadOnlyList<string> MyOwners { get; private set; } = [];
    public IReadOnlyList<string> RegisterOwners { get; private set; } = [];
    public bool IsConvener => AccessRules.RoleOf(User) == Roles.Convener;
    public bool IsNotary => AccessRules.RoleOf(User) == Roles.Notary;
    public bool IsStaff => Roles.IsStaff(AccessRules.RoleOf(User));

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid) || await schemes.GetAsync(sid, ct) is not { } s)
        {
            return NotFound();
        }
        Scheme = SchemeDto.From(s, schemes.Now);
        IssuePriceCents = s.Terms?.IssuePrice.Value ?? 0;
        MyOwners = await access.OwnersOfAsync(User, sid, ct);
        RegisterOwners = s.Register?.Owners ?? [];
        return Page();
    }
}
