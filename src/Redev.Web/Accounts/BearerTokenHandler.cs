using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Accounts;

/// <summary>
/// Authenticates API clients by <c>Authorization: Bearer rdv_...</c>, looking up the token's hash.
/// Challenges and refusals are answered with problem details, never a redirect to a page.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SignInService signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await signIn.FindByTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("The bearer token is unknown or has expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(SignInService.Principal(user, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Sign-in needed",
            "Send a bearer token from POST /api/tokens in the Authorization header (Authorization: Bearer rdv_...).", "unauthenticated");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Logger.Refused(Context.User.Identity?.Name ?? "(anonymous)", Context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, $"call {Request.Method} {Request.Path} (role not allowed)");
        await ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed",
            $"Your role may not use {Request.Method} {Request.Path}.", "forbidden");
    }
}
