using Redev.Text;

namespace Redev;

/// <summary>
/// An expected "no" to a user's request (a transition too early, a consent from a stranger), with a
/// stable code for programs and a message for people. Bugs throw; refusals are returned.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is the English detail written where the refusal arose. What a code means in
/// every language, and which HTTP status and exit code it carries, is in <see cref="Refusals.RefusalCatalogue"/>:
/// the catalogue's texts are filled from <see cref="Args"/>, so a Chinese page never has to show the English detail.
/// </remarks>
public sealed record Refusal(string Code, string Message)
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Named values for the catalogue's texts (e.g. <c>scheme</c>, <c>owner</c>).</summary>
    public IReadOnlyDictionary<string, string> Args { get; init; } = NoArgs;

    /// <summary>For a refused input file: every problem, each with its file, line and field.</summary>
    public IReadOnlyList<InputProblem> Problems { get; init; } = [];

    /// <summary>A refusal with named values for the catalogue's texts.</summary>
    public static Refusal With(string code, string message, params (string Name, string Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return new Refusal(code, message) { Args = args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal) };
    }

    /// <summary>An input file with problems: nothing was stored.</summary>
    public static Refusal Invalid(string code, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var first = problems.Count > 0 ? problems[0].ToString() : "";
        return new Refusal(code, $"{problems.Count} problem(s); the first is {first}") { Problems = problems, Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["count"] = problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ["first"] = first } };
    }

    public override string ToString() => $"{Message} [{Code}]";
}
