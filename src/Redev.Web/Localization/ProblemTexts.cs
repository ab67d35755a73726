using Redev.Refusals;
using Redev.Text;

namespace Redev.Web.Localization;

/// <summary>
/// A problem of an uploaded file in the page's language. A problem that carries a refusal code is said in the
/// catalogue's words for it (the file's line, field and value are shown beside it); a register problem by
/// <see cref="RegisterProblemTexts"/>' table; in English, the problem's own message.
/// </summary>
public static class ProblemTexts
{
    public static string Message(InputProblem problem, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (chinese && problem.Code is { } code && RefusalCatalogue.Contains(code))
        {
            return RefusalCatalogue.Text(new Refusal(code, problem.Message), chinese: true);
        }
        return RegisterProblemTexts.Message(problem, chinese);
    }
}
