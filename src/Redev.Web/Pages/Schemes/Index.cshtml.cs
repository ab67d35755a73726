using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Web.Accounts;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Schemes;

/// <summary>The scheme list; the convener also sees the form that opens a new draft scheme.</summary>
public sealed class IndexModel(SchemeService schemes, AccessRules access) : PageModel
{
    public IReadOnlyList<SchemeListItem> Schemes { get; private set; } = [];

    [BindProperty]
    public CreateSchemeInput Input { get; set; } = new(null, null, 0);

    public string? Error { get; private set; }

    public bool IsConvener => AccessRules.RoleOf(User) == Roles.Convener;

    public async Task OnGetAsync(CancellationToken ct) => Schemes = (await schemes.ListAsync(ct)).Select(SchemeDto.Item).ToArray();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsConvener)
        {
            access.LogRefused(User, "create a scheme");
            return Forbid();
        }
        var change = await schemes.CreateAsync(Input, ct);
        if (change.Refusal is { } r)
        {
            Error = r.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await OnGetAsync(ct);
            return Page();
        }
        return LocalRedirect($"/Schemes/{change.Scheme!.Id}");
    }
}
