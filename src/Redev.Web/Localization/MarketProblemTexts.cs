using Microsoft.Extensions.Localization;
using Redev.Text;

namespace Redev.Web.Localization;

/// <summary>
/// A market upload's problem in the page's language. The importer gives each problem a stable code and its values
/// (<see cref="InputProblem.Code"/>, <see cref="InputProblem.Args"/>) beside the English message the CLI and the API
/// print, so the page says it from the cycle resources (<c>Problem_{code}</c>) in English or Chinese with those values
/// filled in, and never has to parse the English. A problem without a code, or with a code the resources lack, is
/// shown as written rather than guessed at; <c>MarketProblemTextsTests</c> feeds the importer every kind of problem
/// and fails when one has no words.
/// </summary>
public static class MarketProblemTexts
{
    public static string Message(IStringLocalizer cycle, InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Code is { } code && cycle["Problem_" + code, [.. problem.Args]] is { ResourceNotFound: false } text ? text.Value : problem.Message;
    }
}
