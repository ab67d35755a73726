using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Hosting;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Schemes;

/// <summary>One scheme: state, enrolment per lot against its legal threshold, consents, register and history.</summary>
public sealed class ShowModel(RedevApp app) : PageModel
{
    public SchemeDto? Scheme { get; private set; }
    public long IssuePriceCents { get; private set; }
    public IReadOnlyList<string> MyOwners { get; private set; } = [];
    public IReadOnlyList<string> RegisterOwners { get; private set; } = [];
    public bool IsConvener => Callers.Of(User).Is(Role.Convener);
    public bool IsNotary => Callers.Of(User).Is(Role.Notary);
    public bool IsStaff => Callers.Of(User).Role.IsStaff();

    /// <summary>Whether the scheme has vested, so its holders have ledger entries and statements.</summary>
    public bool HasLedger { get; private set; }

    /// <summary>True when other owners' rows and consents were left out for this visitor.</summary>
    public bool Limited { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var found = await app.Schemes.ViewAsync(Callers.Of(User), id, ct);
        if (!found.Succeeded)
        {
            return this.Stop(found.Refusal) ?? NotFound();
        }
        var s = found.Value.Scheme;
        Scheme = SchemeDto.From(found.Value, app.Clock.GetUtcNow());
        Limited = found.Value.Limited;
        HasLedger = s.State >= SchemeState.Vested;
        IssuePriceCents = s.Terms?.IssuePrice.Value ?? 0;
        MyOwners = await app.Holders.OwnersOfAsync(Callers.Of(User), s.Id, ct);
        // The link form's list of every register owner is for staff only; others see just their own.
        RegisterOwners = found.Value.Sight.SeesEveryone ? s.Register?.Owners ?? [] : [];
        return Page();
    }
}
