using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.App.Markets;
using Redev.Web.Hosting;
using Redev.Cycle;
using Redev.Web.Accounts;
using Redev.Web.Cycle;

namespace Redev.Web.Pages.Markets;

/// <summary>The markets of the cycle monitor with each one's verdict today, open to anyone; the convener also gets the upload link.</summary>
public sealed class IndexModel(RedevApp app) : PageModel
{
    public IReadOnlyList<(MarketEntry Entry, MonthSignal? Now)> Markets { get; private set; } = [];

    public bool IsConvener => Callers.Of(User).Is(Role.Convener);

    /// <summary>Which staff member uploaded a market is for the signed-in; the public page says only when.</summary>
    public bool SeesUploader => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<(MarketEntry, MonthSignal?)>();
        foreach (var m in await app.Markets.ListAsync(ct))
        {
            list.Add((m, (await app.Markets.ReportAsync(m.Id, null, ct))?.Current));
        }
        Markets = list;
    }
}
