using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Localization;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Schemes;

/// <summary>The convener moves a scheme to its next state; the lifecycle's guards explain any refusal.</summary>
[Authorize(Roles = RoleNames.Convener)]
public sealed class AdvanceModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string State { get; private set; } = "";
    public IReadOnlyList<string> Next { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? Deadline { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var change = await app.Advance.RunAsync(Callers.Of(User), new AdvanceCommand(Id, To, Deadline, Note), ct);
        if (!change.Succeeded)
        {
            if (this.Stop(change.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, change.Refusal);
            return Page();
        }
        await LoadAsync(id, ct);
        Done = l["AdvancedTo", l["State_" + State]];
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if ((await app.Schemes.GetAsync(Callers.Of(User), id, ct)).Value is not { } s)
        {
            return false;
        }
        Id = s.Id.Value;
        Name = s.Name;
        State = SchemeDto.Lower(s.State);
        Next = SchemeLifecycle.NextStates(s.State).Select(SchemeDto.Lower).ToArray();
        return true;
    }
}
