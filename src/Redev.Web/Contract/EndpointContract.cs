namespace Redev.Web.Contract;

/// <summary>
/// Short ways to state an endpoint's contract in the OpenAPI document: the problem answers it can give
/// (401 for a missing or bad token is added to every authenticated endpoint, 403 to every one a role may
/// be refused). See docs/web.md, "The API as a contract".
/// </summary>
public static class EndpointContract
{
    /// <summary>The endpoint answers these statuses with a problem (<c>application/problem+json</c>).</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>An endpoint behind a bearer token: a missing or unknown token (401) and a role or holder not allowed (403), besides <paramref name="statuses"/>.</summary>
    public static RouteHandlerBuilder SignedInProblems(this RouteHandlerBuilder builder, params int[] statuses) =>
        builder.Problems([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, .. statuses]);
}
