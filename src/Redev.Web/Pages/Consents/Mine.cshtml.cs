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

    /// <summary>Days left to the enrolment deadline in Hong Kong (0 on the day, negative after), while consents are taken.</summary>
    public int? DaysToDeadline { get; private set; }

    [BindProperty]
    public string? Owner { get; set; }

    /// <summary>The owner's ticked acknowledgement that they read their flats, units and risk; giving consent needs it.</summary>
    [BindProperty]
    public bool Acknowledged { get; set; }

    /// <summary>Each shown owner's flats in the register: designation and undivided shares.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Designation, long Shares)>> Flats { get; private set; } =
        new Dictionary<string, IReadOnlyList<(string, long)>>();

    /// <summary>Each shown owner's whole fund units under the scheme's policy, or null when the preview has no figure.</summary>
    public IReadOnlyDictionary<string, long?> Units { get; private set; } = new Dictionary<string, long?>();

    /// <summary>The acknowledgement of the act just done, to print; null before any act.</summary>
    public ConsentSlip? Slip { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostGiveAsync(string id, CancellationToken ct)
    {
        // An owner consents only after ticking that they read what they would receive; the convener records a consent given on paper.
        if (!Acknowledged && !IsConvener)
        {
            Error = l["ConsentNotAcknowledged"];
            return await LoadAsync(id, ct);
        }
        return await ChangeAsync(id, (c, o) => app.Consent.GiveAsync(c, new ConsentCommand(id, o), ct), "ConsentRecorded", ConsentReference.Give, ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, (c, o) => app.Consent.WithdrawAsync(c, new ConsentCommand(id, o), ct), "ConsentWithdrawn", ConsentReference.Withdraw, ct);

    private async Task<IActionResult> ChangeAsync(string id, Func<Caller, string, Task<Result<Scheme>>> change, string doneKey, string action, CancellationToken ct)
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
            var scheme = result.Value;
            // A consent carries its recorded time; a withdrawal leaves none, so the slip's own time is printed and hashed.
            var at = scheme.Consents.FirstOrDefault(c => c.Owner == owner && action == ConsentReference.Give)?.At ?? app.Clock.GetUtcNow();
            Slip = new ConsentSlip(scheme.Id.Value, scheme.Name, owner, action, ConsentReference.Time(at), ConsentReference.Compute(scheme.Id.Value, owner, action, at));
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        var caller = Callers.Of(User);
        if ((await app.Schemes.ViewAsync(caller, id, ct)).Value is not { } view)
        {
            return NotFound();
        }
        var s = view.Scheme;
        DaysToDeadline = s.State is SchemeState.Draft or SchemeState.Enrolling ? view.DaysToDeadline(app.Clock.GetUtcNow()) : null;
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
        var flats = new Dictionary<string, IReadOnlyList<(string, long)>>(StringComparer.Ordinal);
        var units = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var o in Owners)
        {
            flats[o] = (s.Register?.Flats ?? []).Where(f => f.Owners.Any(x => x.Owner == o)).Select(f => (f.Designation, f.Shares.Value)).ToArray();
            var preview = await app.Allocation.RunAsync(caller, Id, o, ct);
            units[o] = preview.Succeeded ? preview.Value.Policies.FirstOrDefault(p => p.IsSchemePolicy && p.Unavailable is null)?.Units : null;
        }
        Flats = flats;
        Units = units;
        return Page();
    }
}
