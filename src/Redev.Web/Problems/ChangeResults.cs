using Redev.Schemes;
using Redev.Web.Schemes;

namespace Redev.Web.Problems;

/// <summary>Turns a <see cref="SchemeChange"/> into the API's answer: the scheme, or the problem that stopped it.</summary>
public static class ChangeResults
{
    public static IResult ToResult(this SchemeChange change, HttpContext http, SchemeId id, Func<Scheme, IResult> ok)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(ok);
        if (change.NotFound)
        {
            return ApiProblems.NoScheme(http, id);
        }
        if (change.Problems.Count > 0)
        {
            return ApiProblems.InputFile(http, change.Problems);
        }
        return change.Refusal is { } r ? ApiProblems.Refused(http, r) : ok(change.Scheme!);
    }
}
