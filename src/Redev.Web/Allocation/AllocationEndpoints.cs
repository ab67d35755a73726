using Redev.Schemes;
using Redev.Web.Accounts;
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

        g.MapPut("/terms", async (string id, TermsInput input, AllocationPreview preview, SchemeService s, HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid))
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                var change = await preview.SetTermsAsync(sid, input, ct);
                return change.ToResult(http, sid, scheme => Results.Ok(SchemeDto.From(scheme, s.Now)));
            })
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Set a draft scheme's allocation terms; the other policy's figures, if given, are kept for owners' previews (convener).");

        g.MapGet("/allocation/{owner}", async (string id, string owner, AllocationPreview preview, SchemeService s, AccessRules access,
                HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid) || await s.GetAsync(sid, ct) is not { } scheme)
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                if (!await access.MaySeeOwnerAsync(http.User, sid, owner, ct))
                {
                    return ApiProblems.Forbidden(http, $"You may see only your own allocation; your account is not linked to \"{owner}\" in scheme {sid}.");
                }
                return await preview.ForOwnerAsync(scheme, owner, ct) is { } p
                    ? Results.Ok(p)
                    : ApiProblems.NotFound(http, $"\"{owner}\" is not an owner in the register of scheme {sid} (owners are matched exactly as written).", "unknown-owner");
            })
            .WithSummary("What one owner would receive under each policy, in units and HKD at the issue price, with the rounding rule.");
    }
}
