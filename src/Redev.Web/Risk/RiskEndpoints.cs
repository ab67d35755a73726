using Redev.App;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Risk;

/// <summary><c>GET /api/schemes/{id}/risk?owner=</c>: one owner's risk summary; the owner's own account, or staff.</summary>
public static class RiskEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/schemes/{id}/risk", async (string id, string? owner, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Risk.RunAsync(http.Caller(), id, owner, ct)).ToResult(http, r => Results.Ok(OwnerRiskView.From(r.Scheme, r.Risk, r.Owner))))
            .WithTags("Risk")
            .WithSummary("One owner's risk before consent: chances of ending below selling today and below a URA-style offer, percentiles in HKD, " +
                         "expected shortfall at 5%, the histogram; a Monte Carlo of the stored scheme with the defaults of docs/risk.md, fixed seed, cached per scheme inputs.")
            .WithName("GetOwnerRisk")
            .Problems(StatusCodes.Status401Unauthorized)
            .Produces<OwnerRiskView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
