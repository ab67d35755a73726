using System.Diagnostics;

namespace Redev.Web.Problems;

/// <summary>
/// The trace id every problem carries, the same one the logs write for the request, so a caller
/// quoting it lets an operator find what happened.
/// </summary>
public static class ProblemTrace
{
    public static string Id(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Activity.Current?.Id ?? http.TraceIdentifier;
    }

    /// <summary>
    /// For problems written by the framework (status-code pages, the exception handler): the trace id, the
    /// request as instance, and a code and detail when none was given, so every problem has the shape of ApiProblems'.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var extensions = context.ProblemDetails.Extensions;
        extensions.TryAdd("traceId", Id(context.HttpContext));
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        extensions.TryAdd("code", status >= 500 ? "server-error" : $"http-{status.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        // An unreadable body says what could not be read and where (the JSON reader names the path);
        // anything else says only how to get help, never the server's internals.
        context.ProblemDetails.Detail ??= context.Exception is BadHttpRequestException bad
            ? bad.InnerException?.Message ?? bad.Message
            : status >= 500 ? "The server could not answer; quote the traceId to an operator." : context.ProblemDetails.Title;
    }
}
