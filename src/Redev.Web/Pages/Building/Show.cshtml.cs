using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.App.Building;
using Redev.Refusals;
using Redev.Schemes;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Building;

/// <summary>
/// A scheme's building stage: the developer's commitment and the escrow, the milestones, the developer's
/// units and claim, NAV. The certifier certifies the next milestone (after a confirm step that says what
/// will move), records appraisals and adopts valuations; the notary records escrow deposits; everyone else
/// reads. Only what the stage and the role allow is offered; every use case checks the caller again.
/// </summary>
public sealed class ShowModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public BuildingView View { get; private set; } = null!;
    public Caller Me => Callers.Of(User);
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    /// <summary>The certification awaiting the certifier's confirmation, when the first step was taken.</summary>
    public MilestoneView? Confirming { get; private set; }

    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Payee { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? BankReference { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Appraiser { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? ReportHash { get; set; }
    [BindProperty] public string? AdoptDate { get; set; }

    /// <summary>The first milestone not yet certified, or null when all are.</summary>
    public MilestoneView? Next => View.Milestones.FirstOrDefault(m => !m.Certified);

    public bool CanCertify => Me.Role == Role.Certifier && View.State == SchemeState.Building && Next is not null && View.DefaultedMilestone is null;
    public bool CanDeposit => Me.Role == Role.Notary && View.State is SchemeState.Vested or SchemeState.Building && View.Deposited.Value < View.Committed.Value;
    public bool CanValue => Me.Role == Role.Certifier && View.State is SchemeState.Vested or SchemeState.Building or SchemeState.Completed or SchemeState.Distributed or SchemeState.Operating;
    public bool IsDeveloper => Me.Role == Role.Developer;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostCertifyAsync(string id, string? confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        if (Next is not { } next)
        {
            return Page();
        }
        if (confirm != "yes")
        {
            // First step: say what will move, and ask again.
            Confirming = next;
            return Page();
        }
        var r = await app.CertifyMilestone.RunAsync(Me, new CertifyCommand(id, next.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Evidence, Payee), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal,
            () => l["MilestoneCertifiedDone", r.Value!.Certification.Number, MilestoneNames.Show(l, r.Value!.Certification.Name), Display.Hkd(r.Value!.Certification.Draw),
                r.Value!.Certification.Payee, Display.Number(r.Value!.Certification.DeveloperUnits)], ct);
    }

    public async Task<IActionResult> OnPostDepositAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.DepositEscrow.RunAsync(Me, new DepositCommand(id, Amount, BankReference), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal,
            () => l["DepositDone", Display.Hkd(r.Value!.Amount), r.Value!.BankReference, Display.Hkd(r.Value!.Deposited), Display.Hkd(r.Value!.Committed)], ct);
    }

    public async Task<IActionResult> OnPostAppraisalAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.RecordAppraisal.RunAsync(Me, new AppraisalCommand(id, Date, Appraiser, Value, ReportHash), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal,
            () => l["AppraisalDone", r.Value!.Appraiser, Display.Hkd(r.Value!.Value), Display.Date(r.Value!.ValuedOn)], ct);
    }

    public async Task<IActionResult> OnPostAdoptAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.AdoptValuation.RunAsync(Me, new AdoptCommand(id, AdoptDate), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal,
            () => l["AdoptDone", Display.Date(r.Value!.ValuedOn), Display.Hkd(r.Value!.Nav.PerUnitCents)], ct);
    }

    private async Task<IActionResult> AfterAsync(string id, Refusal? refusal, Func<string> done, CancellationToken ct)
    {
        if (refusal is not null)
        {
            if (this.Stop(refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, refusal);
            return Page();
        }
        Done = done();
        Evidence = Payee = Amount = BankReference = Date = Appraiser = Value = ReportHash = AdoptDate = null;
        ModelState.Clear();
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var v = await app.Building.RunAsync(Me, id, ct);
        if (!v.Succeeded)
        {
            return this.Stop(v.Refusal) ?? NotFound();
        }
        View = v.Value;
        return null;
    }
}
