using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Schemes;

namespace Redev.Web.Accounts;

/// <summary>The body of <c>POST /api/tokens</c>.</summary>
public sealed record TokenRequest(string? UserName, string? Password);

/// <summary>A newly issued bearer token; shown once, only its hash is kept.</summary>
public sealed record TokenResponse(string Token, string UserName, string Role, DateTimeOffset ExpiresAt);

/// <summary>Who the caller is, and the register owners they act for in each scheme.</summary>
public sealed record MeResponse(string UserName, string DisplayName, string Role);

/// <summary>The body of <c>POST /api/schemes/{id}/owner-links</c>.</summary>
public sealed record OwnerLinkInput(string? UserName, string? Owner);

/// <summary>Tokens for API clients, and the notary's links between accounts and register owners.</summary>
public static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/tokens", async (TokenRequest input, SignInService signIn, HttpContext http, CancellationToken ct) =>
            {
                var attempt = await signIn.CheckAsync(input.UserName ?? "", input.Password ?? "", ct);
                if (attempt.Outcome == SignInOutcome.LockedOut)
                {
                    return ApiProblems.Make(http, StatusCodes.Status401Unauthorized, "Account locked",
                        $"Too many wrong passwords; this account is locked until {attempt.LockedUntil:yyyy-MM-dd'T'HH:mm:ss'Z'}.", "locked-out");
                }
                if (attempt.User is not { } user)
                {
                    return ApiProblems.Make(http, StatusCodes.Status401Unauthorized, "Wrong user name or password",
                        "The user name or the password is wrong.", "bad-credentials");
                }
                var (token, expires) = await signIn.IssueTokenAsync(user, ct);
                return Results.Created("/api/me", new TokenResponse(token, user.UserName, user.Role, expires));
            })
            .AllowAnonymous()
            .WithTags("Accounts")
            .WithSummary("Exchange a user name and password for a bearer token (valid 30 days).");

        api.MapGet("/me", (HttpContext http) => Results.Ok(new MeResponse(http.User.Identity!.Name!,
                http.User.FindFirst("display_name")?.Value ?? "", AccessRules.RoleOf(http.User) ?? "")))
            .WithTags("Accounts")
            .WithSummary("Who the token belongs to.");

        var links = api.MapGroup("/schemes/{id}/owner-links").WithTags("Accounts");
        links.MapGet("/", async (string id, AccountStore accounts, CancellationToken ct) => Results.Ok(await accounts.LinksAsync(id, ct)))
            .RequireAuthorization(Policies.ApiStaff)
            .WithSummary("Which accounts act for which register owners (staff).");
        links.MapPost("/", async (string id, OwnerLinkInput input, OwnerLinking linking, HttpContext http, CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid))
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                var (link, refusal) = await linking.LinkAsync(sid, input.UserName, input.Owner, http.User.Identity!.Name!, ct);
                return refusal is not null ? ApiProblems.Refused(http, refusal) : Results.Created($"/api/schemes/{sid}/owner-links", link);
            })
            .RequireAuthorization(Policies.ApiNotary)
            .WithSummary("Link a user account to a register owner after checking identity (notary).");
        api.MapGet("/schemes/{id}/audit", async (string id, HttpContext http, RedevStore store, CancellationToken ct) =>
                SchemeId.TryParse(id, out var sid) && await store.Schemes.GetAsync(sid, ct) is not null
                    ? Results.Ok((await AuditTrail.ReadAsync(store.Database, sid, ct)).Select(x => AuditRecordDto.From(x.Record, x.PublicKeyPem)))
                    : ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme"))
            .RequireAuthorization(Policies.ApiStaff)
            .WithTags("Accounts")
            .WithSummary("The scheme's audit trail (owner links and other acts that move no units): hash-chained, each record signed by the notary (staff).");
    }
}
