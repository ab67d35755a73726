using Redev.App;
using Redev.App.Allocation;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Allocation;

/// <summary>Terms (convener) and the per-owner allocation preview (the owner, or staff).</summary>
public static class AllocationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}").WithTags("Allocation");

        g.MapPut("/terms", async (string id, TermsText input, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.SetTerms.RunAsync(http.Caller(), new SetTermsCommand(id, input), ct))
                    .ToResult(http, s => Results.Ok(SchemeDto.From(s, app.Clock.GetUtcNow()))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Set a draft scheme's allocation terms; the other policy's figures, if given, are kept for owners' previews (convener).")
            .WithName("SetTerms")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        g.MapGet("/allocation/{owner}", async (string id, string owner, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Allocation.RunAsync(http.Caller(), id, owner, ct)).ToResult(http, p => Results.Ok(p)))
            .WithSummary("What one owner would receive under each policy, in units and HKD at the issue price, with the rounding rule.")
            .WithName("PreviewAllocation")
            .Produces<Redev.App.Allocation.OwnerPreview>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }
}
