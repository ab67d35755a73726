using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Cycle;
using Redev.Web.Accounts;
using Redev.Web.Cycle;

namespace Redev.Web.Pages.Markets;

/// <summary>The markets of the cycle monitor with each one's verdict today; the convener also gets the upload link.</summary>
public sealed class IndexModel(MarketCatalog catalog) : PageModel
{
    public IReadOnlyList<(MarketEntry Entry, MonthSignal? Now)> Markets { get; private set; } = [];

    public bool IsConvener => AccessRules.RoleOf(User) == Roles.Convener;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<(MarketEntry, MonthSignal?)>();
        foreach (var m in await catalog.ListAsync(ct))
        {
            list.Add((m, (await catalog.ReportAsync(m.Id, null, ct))?.Current));
        }
        Markets = list;
    }
}
