using System.Text.RegularExpressions;

namespace Redev.Refusals;

/// <summary>
/// One refusal code: its kind (and so its HTTP status and exit code) and what it says in English and in
/// Traditional Chinese. Texts may name values in braces, e.g. <c>{scheme}</c>, filled from the refusal's arguments.
/// </summary>
public sealed partial record RefusalEntry
{
    public RefusalEntry(string code, RefusalKind kind, string english, string chinese)
    {
        if (!CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"\"{code}\" is not a refusal code (lower-case words joined by dashes).", nameof(code));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(chinese);
        var en = Parameters(english);
        var zh = Parameters(chinese);
        if (!en.SetEquals(zh))
        {
            throw new ArgumentException($"{code}: the English and Chinese texts name different values ({string.Join(",", en)} / {string.Join(",", zh)}).");
        }
        Code = code;
        Kind = kind;
        English = english;
        Chinese = chinese;
    }

    public string Code { get; }
    public RefusalKind Kind { get; }
    public string English { get; }
    public string Chinese { get; }

    /// <summary>The HTTP status of an API answer with this refusal.</summary>
    public int Status => Kind switch
    {
        RefusalKind.BadInput => 400,
        RefusalKind.Unauthenticated => 401,
        RefusalKind.Forbidden => 403,
        RefusalKind.NotFound => 404,
        RefusalKind.Conflict => 409,
        RefusalKind.TooLarge => 413,
        RefusalKind.Unprocessable => 422,
        _ => throw new InvalidOperationException($"No status for {Kind}."),
    };

    /// <summary>The CLI's exit code: 1 refused, 2 bad input, 3 not found (0 is success and never a refusal).</summary>
    public int ExitCode => Kind switch
    {
        RefusalKind.BadInput or RefusalKind.TooLarge => 2,
        RefusalKind.NotFound => 3,
        _ => 1,
    };

    /// <summary>The names in braces a text uses.</summary>
    public static HashSet<string> Parameters(string text) =>
        Placeholder().Matches(text ?? "").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text in one language with the values filled in; a value not given is left out with its braces.</summary>
    public string Render(bool chinese, IReadOnlyDictionary<string, string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Placeholder().Replace(chinese ? Chinese : English, m => args.TryGetValue(m.Groups[1].Value, out var v) ? v : "").Trim();
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\A[a-z][a-z0-9]*(-[a-z0-9]+)*\z")]
    private static partial Regex CodePattern();
}
