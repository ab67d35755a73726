using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Schemes;

/// <summary><c>/api/schemes</c>: list, create, show, advance. Each handler only translates HTTP to a use case.</summary>
public static class SchemeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes").WithTags("Schemes");

        g.MapGet("/", async (RedevApp app, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await app.Schemes.ListAsync(http.Caller(), ct)).Select(SchemeDto.Item).ToArray()))
            .WithSummary("List the schemes.")
            .WithName("ListSchemes")
            .SignedInProblems();

        g.MapPost("/", async (CreateSchemeCommand input, RedevApp app, HttpContext http, CancellationToken ct) =>
            {
                var r = await app.CreateScheme.RunAsync(http.Caller(), input, ct);
                return r.Succeeded
                    ? Results.Created($"/api/schemes/{r.Value.Id}", SchemeDto.From(r.Value, app.Clock.GetUtcNow()))
                    : ApiProblems.Refused(http, r.Refusal);
            })
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Create a draft scheme (convener).")
            .WithName("CreateScheme")
            .Produces<SchemeDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);

        g.MapGet("/{id}", async (string id, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Schemes.ViewAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(SchemeDto.From(v, app.Clock.GetUtcNow()))))
            .WithSummary("Show a scheme: state, enrolment per lot against its threshold, register, consents, history.")
            .WithName("GetScheme")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        g.MapPost("/{id}/advance", async (string id, AdvanceInput input, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Advance.RunAsync(http.Caller(), new AdvanceCommand(id, input.To, input.Deadline, input.Note), ct))
                    .ToResult(http, a => Results.Ok(SchemeDto.From(a.Scheme, app.Clock.GetUtcNow()))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Move a scheme to its next lifecycle state, if its guard allows; vesting issues the units (convener).")
            .WithName("AdvanceScheme")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }
}
