using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.Web.Hosting;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Building;

/// <summary>The schemes past vesting, each linked to its building page (the certifier's and the developer's way in).</summary>
public sealed class IndexModel(RedevApp app) : PageModel
{
    public IReadOnlyList<SchemeListItem> Schemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Schemes = (await app.Schemes.ListAsync(Callers.Of(User), ct)).Select(SchemeDto.Item)
            .Where(s => s.State is "vested" or "building" or "completed" or "distributed" or "operating").ToArray();
}
