using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Risk;

/// <summary><c>GET /api/schemes/{id}/risk?owner=</c>: one owner's risk summary; the owner's own account, or staff.</summary>
public static class RiskEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/schemes/{id}/risk", async (string id, string? owner, SchemeService s, SchemeRisks risks, AccessRules access,
                HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid) || await s.GetAsync(sid, ct) is not { } scheme)
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                if (string.IsNullOrWhiteSpace(owner))
                {
                    return ApiProblems.BadInput(http, "owner", "is missing; give the owner exactly as written in the register, e.g. ?owner=CHAN%20Tai%20Man.", "bad-options");
                }
                if (!await access.MaySeeOwnerAsync(http.User, sid, owner, ct))
                {
                    return ApiProblems.Forbidden(http, $"You may see only your own risk summary; your account is not linked to \"{owner}\" in scheme {sid}.");
                }
                var risk = risks.For(scheme);
                if ((risk.Refusal ?? OwnerRiskView.HoldOutRefusal(risk, owner)) is { } refusal)
                {
                    return ApiProblems.Refused(http, refusal);
                }
                return OwnerRiskView.From(sid.Value, risk, owner) is { } view
                    ? Results.Ok(view)
                    : ApiProblems.NotFound(http, $"\"{owner}\" is not an owner in the register of scheme {sid} (owners are matched exactly as written).", "unknown-owner");
            })
            .WithTags("Risk")
            .WithSummary("One owner's risk before consent: chances of ending below selling today and below a URA-style offer, percentiles in HKD, " +
                         "expected shortfall at 5%, the histogram; a Monte Carlo of the stored scheme with the defaults of docs/risk.md, fixed seed, cached per scheme inputs.")
            .Produces<OwnerRiskView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
