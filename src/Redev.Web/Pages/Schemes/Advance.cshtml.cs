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

/// <summary>
/// The convener moves a scheme to its next state in two steps: a review that says what the move would do (or
/// why the guard would refuse it) and a confirmation, because every move is irreversible.
/// </summary>
[Authorize(Roles = RoleNames.Convener)]
public sealed class AdvanceModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string State { get; private set; } = "";
    public IReadOnlyList<string> Next { get; private set; } = [];

    /// <summary>Whether the scheme's next step is closing, which the completion page's close form takes.</summary>
    public bool CloseOnCompletionPage { get; private set; }
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public AdvancePreview? Preview { get; private set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? Deadline { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [BindProperty]
    public bool Understood { get; set; }

    /// <summary>The review: what the move would do, worked out on a copy, or why it would be refused.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var preview = await app.Advance.PreviewAsync(Callers.Of(User), new AdvanceCommand(Id, To, Deadline, Note), ct);
        if (!preview.Succeeded || preview.Value.WouldRefuse is not null)
        {
            var refusal = preview.Refusal ?? preview.Value!.WouldRefuse!;
            if (this.Stop(refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, refusal);
            return Page();
        }
        Preview = preview.Value;
        return Page();
    }

    /// <summary>The move itself, once the convener has read the review and ticked that it cannot be undone.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!Understood)
        {
            // The review again, saying why nothing moved: a browser enforces the tick, a script or an old page may not.
            var review = await OnPostAsync(id, ct);
            Error ??= l["AdvanceNotUnderstood"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return review;
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
        // Closing writes every holder's final statement and pays escrow's residue to an account the convener names,
        // so it is offered on the completion page's close form, not as a plain move here.
        var next = SchemeLifecycle.NextStates(s.State);
        CloseOnCompletionPage = next.Contains(SchemeState.Closed);
        Next = next.Where(n => n != SchemeState.Closed).Select(SchemeDto.Lower).ToArray();
        return true;
    }
}
