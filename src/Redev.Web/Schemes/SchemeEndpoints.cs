using Redev.Schemes;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Schemes;

/// <summary>The body of <c>POST /api/schemes/{id}/advance</c>.</summary>
/// <param name="To">The next state, e.g. <c>enrolling</c>.</param>
/// <param name="Deadline">Opening enrolment: the last Hong Kong date (YYYY-MM-DD) on which consents count.</param>
public sealed record AdvanceInput(string? To, string? Deadline = null, string? Note = null);

/// <summary><c>/api/schemes</c>: list, create, show, advance. Each handler only translates HTTP to <see cref="SchemeService"/>.</summary>
public static class SchemeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes").WithTags("Schemes");

        g.MapGet("/", async (SchemeService s, CancellationToken ct) =>
                TypedResults.Ok((await s.ListAsync(ct)).Select(SchemeDto.Item).ToArray()))
            .WithSummary("List the schemes.");

        g.MapPost("/", async (CreateSchemeInput input, SchemeService s, HttpContext http, CancellationToken ct) =>
            {
                var change = await s.CreateAsync(input, ct);
                return change.Refusal is { } r
                    ? ApiProblems.Refused(http, r)
                    : Results.Created($"/api/schemes/{change.Scheme!.Id}", SchemeDto.From(change.Scheme, s.Now));
            })
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Create a draft scheme (convener).");

        g.MapGet("/{id}", async (string id, SchemeService s, HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid) || await s.GetAsync(sid, ct) is not { } scheme)
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\"; GET /api/schemes lists them.", "no-scheme");
                }
                return Results.Ok(SchemeDto.From(scheme, s.Now));
            })
            .WithSummary("Show a scheme: state, enrolment per lot against its threshold, register, consents, history.");

        g.MapPost("/{id}/advance", async (string id, AdvanceInput input, SchemeService s, HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid))
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                var change = await s.AdvanceAsync(sid, input.To, input.Deadline, input.Note, ct);
                return change.ToResult(http, sid, scheme => Results.Ok(SchemeDto.From(scheme, s.Now)));
            })
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Move a scheme to its next lifecycle state, if its guard allows (convener).");
    }
}
