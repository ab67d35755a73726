using Redev.App;

namespace Redev.Web.Problems;

/// <summary>Turns a use case's <see cref="Result{T}"/> into the API's answer: the value, or the problem that stopped it.</summary>
public static class ResultAnswers
{
    public static IResult ToResult<T>(this Result<T> result, HttpContext http, Func<T, IResult> ok)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ok);
        return result.Succeeded ? ok(result.Value) : ApiProblems.Refused(http, result.Refusal);
    }
}
