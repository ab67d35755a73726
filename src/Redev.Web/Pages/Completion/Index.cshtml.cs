using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.App;
using Redev.Web.Hosting;
using Redev.Web.Schemes;

namespace Redev.Web.Pages.Completion;

/// <summary>The schemes past completion, each linked to its completion page: where holders choose, and the convener and the notary act.</summary>
public sealed class IndexModel(RedevApp app) : PageModel
{
    public IReadOnlyList<SchemeListItem> Schemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Schemes = (await app.Schemes.ListAsync(Callers.Of(User), ct)).Select(SchemeDto.Item)
            .Where(s => s.State is "completed" or "distributed" or "operating" or "closed").ToArray();
}
