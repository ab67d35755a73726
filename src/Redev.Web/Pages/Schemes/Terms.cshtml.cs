using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.Allocation;
using Redev.App;
using Redev.App.Allocation;
using Redev.Building;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Schemes;

/// <summary>
/// The convener sets a draft scheme's terms and milestone schedule on a form, with the same use case (and so the
/// same checks) as the API and <c>redev scheme terms</c>; once enrolment opens the terms are shown, not offered.
/// </summary>
[Authorize(Roles = RoleNames.Convener)]
public sealed class TermsModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public bool Editable { get; private set; }
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string Policy { get; set; } = "equity";
    [BindProperty] public string? IssuePrice { get; set; } = "10";
    [BindProperty] public string Weights { get; set; } = "shares";
    [BindProperty] public string? SiteValue { get; set; }
    [BindProperty] public string? ConstructionCost { get; set; }
    [BindProperty] public string? PostValue { get; set; }
    [BindProperty] public string? CommonBurden { get; set; }
    [BindProperty] public string? Milestones { get; set; }
    [BindProperty] public string? GraceDays { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } scheme)
        {
            return NotFound();
        }
        Fill(scheme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null)
        {
            return NotFound();
        }
        var text = new TermsText(Policy, IssuePrice, Weights, Blank(SiteValue), Blank(ConstructionCost), Blank(PostValue), Blank(CommonBurden),
            Blank(Milestones is null ? null : MilestoneSchedule.RenameEntries(Milestones, n => MilestoneNames.Read(l, n))), Blank(GraceDays));
        var set = await app.SetTerms.RunAsync(Callers.Of(User), new SetTermsCommand(Id, text), ct);
        if (!set.Succeeded)
        {
            if (this.Stop(set.Refusal) is { } stop)
            {
                return stop;
            }
            Error = Texts.Refusal(l, set.Refusal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Done = set.Value.Schedule is null ? l["TermsSavedNoSchedule"] : l["TermsSaved", set.Value.Schedule.Milestones.Count];
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private void Fill(Scheme s)
    {
        if (s.Terms is { } t)
        {
            Policy = t.PolicyName;
            IssuePrice = t.IssuePrice.ToDecimalString();
            Weights = t.Weights == WeightBasis.Shares ? "shares" : "appraised";
            var equity = t.Policy == AllocationPolicy.Equity;
            SiteValue = equity ? t.OwnersBase.ToDecimalString() : null;
            ConstructionCost = equity ? t.DeveloperValue.ToDecimalString() : null;
            PostValue = equity ? null : t.OwnersBase.ToDecimalString();
            CommonBurden = equity ? null : t.DeveloperValue.ToDecimalString();
        }
        if (s.Schedule is { } plan)
        {
            // The standard stages in the reader's language; the post reads them back to their names.
            Milestones = MilestoneSchedule.RenameEntries(plan.ToText(), n => MilestoneNames.Show(l, n));
            GraceDays = plan.GraceDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private async Task<Scheme?> LoadAsync(string id, CancellationToken ct)
    {
        if ((await app.Schemes.GetAsync(Callers.Of(User), id, ct)).Value is not { } s)
        {
            return null;
        }
        Id = s.Id.Value;
        Name = s.Name;
        Editable = s.State == SchemeState.Draft;
        return s;
    }
}
