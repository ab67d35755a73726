using Redev.Schemes;
using Redev.Web.Accounts;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Consents;

/// <summary>The body of <c>POST /api/schemes/{id}/consents</c>.</summary>
/// <param name="Owner">The owner exactly as written in the register.</param>
public sealed record ConsentInput(string? Owner);

/// <summary>Consents: an owner gives or withdraws their own; the convener may record anyone's.</summary>
public static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}/consents").WithTags("Consents");
        g.MapPost("/", (string id, ConsentInput input, HttpContext http, SchemeService s, AccessRules access, CancellationToken ct) =>
                Handle(id, input.Owner, http, access, (sid, owner) => s.AddConsentAsync(sid, owner, ct), s, ct))
            .WithSummary("Record a consent (the owner's own, or anyone's by the convener).");
        g.MapDelete("/{owner}", (string id, string owner, HttpContext http, SchemeService s, AccessRules access, CancellationToken ct) =>
                Handle(id, owner, http, access, (sid, o) => s.WithdrawConsentAsync(sid, o, ct), s, ct))
            .WithSummary("Withdraw a consent (the owner's own, or anyone's by the convener).");
    }

    private static async Task<IResult> Handle(string id, string? owner, HttpContext http, AccessRules access,
        Func<SchemeId, string, Task<SchemeChange>> change, SchemeService s, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid))
        {
            return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
        }
        if (string.IsNullOrWhiteSpace(owner))
        {
            return ApiProblems.BadInput(http, "owner", "is missing; give the owner exactly as written in the register.");
        }
        if (!await access.MayConsentForAsync(http.User, sid, owner, ct))
        {
            return ApiProblems.Forbidden(http, $"You may give or withdraw only your own consent; your account is not linked to \"{owner}\" in scheme {sid}.");
        }
        var result = await change(sid, owner);
        return result.ToResult(http, sid, scheme => Results.Ok(SchemeDto.From(scheme, s.Now)));
    }
}
