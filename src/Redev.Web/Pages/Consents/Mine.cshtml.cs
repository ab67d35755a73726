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

namespace Redev.Web.Pages.Consents;

/// <summary>
/// An owner gives or withdraws their own consent; the convener may record anyone's. Nobody else may
/// use this page.
/// </summary>
public sealed class MineModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string State { get; private set; } = "";
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlyList<string> RegisterOwners { get; private set; } = [];
    public IReadOnlyDictionary<string, DateTimeOffset> ConsentedAt { get; private set; } = new Dictionary<string, DateTimeOffset>();
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public bool IsConvener => Callers.Of(User).Is(Role.Convener);

    [BindProperty]
    public string? Owner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostGiveAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, (c, o) => app.Consent.GiveAsync(c, new ConsentCommand(id, o), ct), "ConsentRecorded", ct);

    public Task<IActionResult> OnPostWithdrawAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, (c, o) => app.Consent.WithdrawAsync(c, new ConsentCommand(id, o), ct), "ConsentWithdrawn", ct);

    private async Task<IActionResult> ChangeAsync(string id, Func<Caller, string, Task<Result<Scheme>>> change, string doneKey, CancellationToken ct)
    {
        var owner = Owner ?? "";
        var result = await change(Callers.Of(User), owner);
        if (!result.Succeeded)
        {
            if (result.Refusal.Code == "not-your-holding")
            {
                return Forbid();
            }
            if (this.Stop(result.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, result.Refusal);
        }
        else
        {
            Done = l[doneKey, owner];
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        var caller = Callers.Of(User);
        if ((await app.Schemes.GetAsync(caller, id, ct)).Value is not { } s)
        {
            return NotFound();
        }
        Owners = await app.Holders.OwnersOfAsync(caller, s.Id, ct);
        if (Owners.Count == 0 && !IsConvener)
        {
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
