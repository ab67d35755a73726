using Microsoft.AspNetCore.Http.HttpResults;
using Redev.Schemes;
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
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (k, v) in more ?? new Dictionary<string, object?>())
        {
            extensions[k] = v;
        }
        return TypedResults.Problem(detail, http.Request.Path, status, title, TypeFor(status), extensions);
    }

    /// <summary>A rule of the domain said no: the request was understood, but the scheme's state does not allow it.</summary>
    public static ProblemHttpResult Refused(HttpContext http, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Code == "no-scheme")
        {
            return Make(http, StatusCodes.Status404NotFound, "No such scheme", refusal.Message, refusal.Code);
        }
        var status = refusal.Code is "unknown-owner" or "unknown-owner-account" or "bad-scheme-id" or "bad-name" or "bad-completion-year"
            or "bad-options" or "bad-state" or "bad-policy" or "bad-weights" or "bad-amount" or "bad-deadline" or "bad-issue-price" or "bad-site-value" or "bad-construction-cost"
            or "bad-post-value" or "bad-common-burden" or "burden-exceeds-value" or "appraisals-missing"
            or "name-too-long"
            ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Make(http, status, "Refused", refusal.Message, refusal.Code);
    }

    public static ProblemHttpResult BadInput(HttpContext http, string field, string message, string code = "bad-input") =>
        Make(http, StatusCodes.Status400BadRequest, "Bad input", $"{field}: {message}", code, new Dictionary<string, object?> { ["field"] = field });

    /// <summary>Every problem of an input file, each as <c>FILE:LINE: field: message</c> and as parts.</summary>
    public static ProblemHttpResult InputFile(HttpContext http, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.Select(p => new ProblemLine(p.ToString(), p.File, p.Line, p.Field, p.Message, p.Got)).ToArray();
        return Make(http, StatusCodes.Status400BadRequest, "The register has errors; nothing was saved",
            $"{problems.Count} problem(s); the first is {problems[0]}", "register-invalid", new Dictionary<string, object?> { ["problems"] = list });
    }

    public static ProblemHttpResult NoScheme(HttpContext http, SchemeId id) =>
        Make(http, StatusCodes.Status404NotFound, "No such scheme", $"There is no scheme {id}; GET /api/schemes lists them.", "no-scheme");

    public static ProblemHttpResult NotFound(HttpContext http, string detail, string code) =>
        Make(http, StatusCodes.Status404NotFound, "Not found", detail, code);

    public static ProblemHttpResult Forbidden(HttpContext http, string detail) =>
        Make(http, StatusCodes.Status403Forbidden, "Not allowed", detail, "forbidden");

    public static ProblemHttpResult Conflict(HttpContext http, string detail, string code) =>
        Make(http, StatusCodes.Status409Conflict, "Conflict", detail, code);
}

/// <summary>One problem of an input file, as the CLI prints it (<see cref="Text"/>) and in parts.</summary>
public sealed record ProblemLine(string Text, string File, int Line, string Field, string Message, string? Got);
