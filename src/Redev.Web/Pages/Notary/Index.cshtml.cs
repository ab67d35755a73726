using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.Store.Ledger;
using Redev.Store.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Notary;

/// <summary>The notary's desk: sign a checkpoint for a scheme (after a ticked confirmation) and re-verify the whole ledger.</summary>
[Authorize(Roles = RoleNames.Notary)]
public sealed class IndexModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<SchemeSummary> Schemes { get; private set; } = [];
    public LedgerReport? Report { get; private set; }
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string? Scheme { get; set; }

    /// <summary>The tick signing needs; without it nothing is signed.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSignAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            Error = l["NotarySignNotConfirmed"];
            return await LoadAsync(ct);
        }
        var signed = await app.SignCheckpoint.RunAsync(Callers.Of(User), Scheme, ct);
        if (!signed.Succeeded)
        {
            if (this.Stop(signed.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, signed.Refusal);
        }
        else
        {
            Done = l["NotarySigned", signed.Value.Scheme.Value, Display.Number(signed.Value.Count), Display.Number(signed.Value.AuditCount)];
        }
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var report = await app.Ledger.VerifyAsync(Callers.Of(User), null, ct);
        if (!report.Succeeded)
        {
            if (this.Stop(report.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, report.Refusal);
        }
        else
        {
            Report = report.Value;
        }
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Schemes = await app.Schemes.ListAsync(Callers.Of(User), ct);
        return Page();
    }
}
