using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Consents;

/// <summary>Consents: an owner gives or withdraws their own; the convener may record anyone's.</summary>
public static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}/consents").WithTags("Consents");
        g.MapPost("/", async (string id, ConsentInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Consent.GiveAsync(http.Caller(), new ConsentCommand(id, input.Owner), ct))
                    .ToResult(http, s => Results.Ok(SchemeDto.From(s, app.Clock.GetUtcNow()))))
            .WithSummary("Record a consent (the owner's own, or anyone's by the convener).")
            .WithName("GiveConsent")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapDelete("/{owner}", async (string id, string owner, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Consent.WithdrawAsync(http.Caller(), new ConsentCommand(id, owner), ct))
                    .ToResult(http, s => Results.Ok(SchemeDto.From(s, app.Clock.GetUtcNow()))))
            .WithSummary("Withdraw a consent (the owner's own, or anyone's by the convener).")
            .WithName("WithdrawConsent")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }
}
