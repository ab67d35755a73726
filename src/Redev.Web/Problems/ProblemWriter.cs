using Microsoft.AspNetCore.Mvc;

namespace Redev.Web.Problems;

/// <summary>
/// Writes RFC 9457 problem details outside an endpoint (authentication handlers, cookie events), in
/// the same shape as <see cref="ApiProblems"/>: title, status, detail, the request as instance, and a
/// stable <c>code</c> for programs.
/// </summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string code)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new ProblemDetails
        {
            Status = status, Title = title, Detail = detail, Instance = context.Request.Path,
            Type = ApiProblems.TypeFor(status),
        };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = ProblemTrace.Id(context);
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
