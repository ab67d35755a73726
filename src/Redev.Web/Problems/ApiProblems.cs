using Microsoft.AspNetCore.Http.HttpResults;
using Redev.Refusals;
using Redev.Schemes;
using Redev.Web.Hosting;
using Redev.Text;

namespace Redev.Web.Problems;

/// <summary>
/// The API's errors as RFC 9457 problem details. Each says what went wrong (<c>detail</c>, and a
/// stable <c>code</c>), where (<c>instance</c>, and for input files a <c>problems</c> list with file,
/// line and field), and changes nothing.
/// </summary>
public static class ApiProblems
{
    public static string TypeFor(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        _ => "about:blank",
    };

    public static ProblemHttpResult Make(HttpContext http, int status, string title, string detail, string code, IDictionary<string, object?>? more = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var extensions = new Dictionary<string, object?> { ["code"] = code, ["traceId"] = ProblemTrace.Id(http) };
        foreach (var (k, v) in more ?? new Dictionary<string, object?>())
        {
            extensions[k] = v;
        }
        return TypedResults.Problem(detail, http.Request.Path, status, title, TypeFor(status), extensions);
    }

    /// <summary>
    /// A use case said no: the status comes from the refusal catalogue (the same table that gives the CLI
    /// its exit codes), the detail is the refusal's own words, and a refused file lists every problem.
    /// </summary>
    public static ProblemHttpResult Refused(HttpContext http, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(refusal);
        var entry = RefusalCatalogue.For(refusal);
        if (entry.Kind == RefusalKind.Forbidden)
        {
            http.RequestServices.GetService<ILogger<ProblemHttpResult>>()?.Refused(http.User.Identity?.Name ?? "(anonymous)",
                http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, $"{http.Request.Method} {http.Request.Path}: {refusal.Code}");
        }
        var more = new Dictionary<string, object?>();
        if (refusal.Args.TryGetValue("field", out var field))
        {
            more["field"] = field;
        }
        if (refusal.Problems.Count > 0)
        {
            more["problems"] = refusal.Problems.Select(p => new ProblemLine(p.ToString(), p.File, p.Line, p.Field, p.Message, p.Got)).ToArray();
        }
        return Make(http, entry.Status, TitleFor(entry), refusal.Message, refusal.Code, more);
    }

    /// <summary>A short title per kind of refusal, in the words RFC 9110 gives its statuses.</summary>
    public static string TitleFor(RefusalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            RefusalKind.BadInput => entry.Code is "register-invalid" or "market-invalid" ? "The file has errors; nothing was saved" : "Bad input",
            RefusalKind.NotFound => "Not found",
            RefusalKind.Forbidden => "Not allowed",
            RefusalKind.Unauthenticated => "Not signed in",
            RefusalKind.TooLarge => "Too large",
            RefusalKind.Unprocessable => "The rules cannot do this",
            _ => "Conflict",
        };
    }

    public static ProblemHttpResult BadInput(HttpContext http, string field, string message, string code = "bad-input") =>
        Make(http, StatusCodes.Status400BadRequest, "Bad input", $"{field}: {message}", code, new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult NoScheme(HttpContext http, SchemeId id) =>
        Make(http, StatusCodes.Status404NotFound, "No such scheme", $"There is no scheme {id}; GET /api/schemes lists them.", "no-scheme");

    public static ProblemHttpResult NotFound(HttpContext http, string detail, string code) =>
        Make(http, StatusCodes.Status404NotFound, "Not found", detail, code);

    public static ProblemHttpResult Forbidden(HttpContext http, string detail) =>
        Make(http, StatusCodes.Status403Forbidden, "Not allowed", detail, "forbidden");

    public static ProblemHttpResult Conflict(HttpContext http, string detail, string code) =>
        Make(http, StatusCodes.Status409Conflict, "Conflict", detail, code);
}

