using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Allocation;
using Redev.Web.Risk;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Allocation;

/// <summary>What one owner would receive under each policy, and the risk of it; only that owner's account, or staff, may look.</summary>
public sealed class PreviewModel(SchemeService schemes, AllocationPreview previews, AccessRules access, SchemeRisks risks, IStringLocalizer<RiskResource> r) : PageModel
{
    public OwnerPreview? Preview { get; private set; }
    public string SchemeName { get; private set; } = "";

    /// <summary>The owner's risk summary, or null with <see cref="RiskRefusal"/> saying why.</summary>
    public OwnerRiskView? Risk { get; private set; }

    public Refusal? RiskRefusal { get; private set; }

    /// <summary>The owner's histogram as inline SVG, labelled in the page's language.</summary>
    public string? ChartSvg { get; private set; }

    /// <summary>The chart's text alternative, also shown under it for readers who do not see the bars.</summary>
    public string ChartText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, string? owner, CancellationToken ct)
    {
        owner ??= Request.Query["owner"].ToString();
        if (!SchemeId.TryParse(id, out var sid) || await schemes.GetAsync(sid, ct) is not { } s)
        {
            return NotFound();
        }
        if (!await access.MaySeeOwnerAsync(User, sid, owner, ct))
        {
            return Forbid();
        }
        Preview = await previews.ForOwnerAsync(s, owner, ct);
        SchemeName = s.Name;
        if (Preview is null)
        {
            return NotFound();
        }
        var risk = risks.For(s);
        RiskRefusal = risk.Refusal ?? OwnerRiskView.HoldOutRefusal(risk, owner);
        Risk = OwnerRiskView.From(sid.Value, risk, owner);
        if (Risk is { } v && risk.Report?.HistogramFor(owner) is { } h)
        {
            ChartText = r["ChartAlt", Localization.Display.Number(v.Paths), Hkd(v.Outcome.P25), Hkd(v.Outcome.P75), Hkd(v.Outcome.P50), Hkd(v.SaleGrown), Hkd(v.OfferGrown)];
            var labels = new Charts.HistogramLabels(r["ChartTitle"], r["ChartX"], r["ChartY"], $"{r["ChartSale"]}: {Hkd(v.SaleGrown)}", $"{r["ChartOffer"]}: {Hkd(v.OfferGrown)}");
            ChartSvg = Charts.RiskCharts.HistogramSvg(h, labels, ChartText);
        }
        return Page();
    }

    public static string Hkd(Money m) => Localization.Display.Hkd(m?.Cents ?? 0);

    /// <summary>A probability as a percentage with one decimal, in the page's culture.</summary>
    public static string Percent(double p) => (p * 100).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + "%";
}
