using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Hosting;
using Redev.Web.Accounts;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Schemes;

/// <summary>The scheme list; the convener also sees the form that opens a new draft scheme.</summary>
public sealed class IndexModel(RedevApp app) : PageModel
{
    public IReadOnlyList<SchemeListItem> Schemes { get; private set; } = [];

    [BindProperty]
    public CreateSchemeCommand Input { get; set; } = new(null, null, 0);

    public string? Error { get; private set; }

    public bool IsConvener => Callers.Of(User).Is(Role.Convener);

    public async Task OnGetAsync(CancellationToken ct) => Schemes = (await app.Schemes.ListAsync(Callers.Of(User), ct)).Select(SchemeDto.Item).ToArray();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await app.CreateScheme.RunAsync(Callers.Of(User), Input, ct);
        if (!created.Succeeded)
        {
            if (this.Stop(created.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Localization.Texts.Refusal(null!, created.Refusal);
            await OnGetAsync(ct);
            return Page();
        }
        return LocalRedirect($"/Schemes/{created.Value.Id}");
    }
}
