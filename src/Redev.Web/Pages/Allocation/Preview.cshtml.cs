using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Allocation;
using Redev.Web.Hosting;
using Microsoft.Extensions.Localization;
using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Allocation;
using Redev.Web.Risk;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Allocation;

/// <summary>What one owner would receive under each policy, and the risk of it; only that owner's account, or staff, may look.</summary>
public sealed class PreviewModel(RedevApp app, IStringLocalizer<RiskResource> r) : PageModel
{
    public OwnerPreview? Preview { get; private set; }
    public string SchemeName { get; private set; } = "";

    /// <summary>The owner's risk summary, or null with <see cref="RiskRefusal"/> saying why.</summary>
    public OwnerRiskView? Risk { get; private set; }

    public Refusal? RiskRefusal { get; private set; }

    /// <summary>The owner's histogram as inline SVG, labelled in the page's language.</summary>
    public string? ChartSvg { get; private set; }

    /// <summary>The same histogram drawn for a phone's width; the page shows the one that fits.</summary>
    public string PhoneChartSvg { get; private set; } = "";

    /// <summary>The chart's text alternative, also shown under it for readers who do not see the bars.</summary>
    public string ChartText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, string? owner, CancellationToken ct)
    {
        owner ??= Request.Query["owner"].ToString();
        var caller = Callers.Of(User);
        var preview = await app.Allocation.RunAsync(caller, id, owner, ct);
        if (!preview.Succeeded)
        {
            return preview.Refusal.Code is "not-your-holding" ? Forbid() : NotFound();
        }
        Preview = preview.Value;
        SchemeName = (await app.Schemes.GetAsync(caller, id, ct)).Value?.Name ?? "";
        var scheme = await app.Risk.RunAsync(caller, id, owner, ct);
        var risk = scheme.Succeeded ? scheme.Value.Risk : null;
        RiskRefusal = scheme.Refusal;
        Risk = risk is null ? null : OwnerRiskView.From(Preview.SchemeId, risk, owner);
        if (Risk is { } v && risk?.Report?.HistogramFor(owner) is { } h)
        {
            ChartText = r["ChartAlt", Localization.Display.Number(v.Paths), Simulated(v.Outcome.P25), Simulated(v.Outcome.P75), Simulated(v.Outcome.P50), Simulated(v.SaleGrown), Simulated(v.OfferGrown)];
            var labels = new Charts.HistogramLabels(r["ChartTitle"], r["ChartX"], r["ChartY"], $"{r["ChartSale"]}: {Simulated(v.SaleGrown)}", $"{r["ChartOffer"]}: {Simulated(v.OfferGrown)}")
            {
                Culture = System.Globalization.CultureInfo.CurrentCulture,
                Amounts = Charts.CompactAmounts.Parse(r["ChartAmountUnits"]),
            };
            ChartSvg = Charts.RiskCharts.HistogramSvg(h, labels, ChartText);
            PhoneChartSvg = Charts.RiskCharts.HistogramSvg(h, labels, ChartText, Charts.ChartSize.Phone, "risk-histogram-phone");
        }
        return Page();
    }

    public static string Hkd(Money m) => Localization.Display.Hkd(m?.Cents ?? 0);

    /// <summary>A figure out of the simulation (or grown to completion with it), to three significant figures (<see cref="Localization.Display.Simulated"/>).</summary>
    public static string Simulated(Money m) => Localization.Display.Simulated(m?.Cents ?? 0);

    /// <summary>A probability as a percentage with one decimal, in the page's culture.</summary>
    public static string Percent(double p) => (p * 100).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + "%";
}
