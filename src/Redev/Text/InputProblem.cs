namespace Redev.Text;

/// <summary>
/// One thing wrong with a user's input file, located to the line and field, so a convener can fix
/// a 3,000-row register in one pass instead of one error per run.
/// </summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">1-based physical line where the record starts (the header is line 1).</param>
/// <param name="Field">The column concerned, or <c>file</c>/<c>header</c> for whole-file problems.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Got">The offending text, when there is one.</param>
public sealed record InputProblem(string File, int Line, string Field, string Message, string? Got = null)
{
    /// <summary>
    /// A stable code for this kind of problem, when it has one, so a Chinese page can say it in Chinese instead of
    /// showing <see cref="Message"/>'s English: a refusal catalogue's code (the consent forms' problems), or a market
    /// upload's own code (<c>series-…</c>, <c>market-…</c>, <c>upload-…</c>) said by the web's resources with
    /// <see cref="Args"/>. Null for the register's problems, which a page translates by their own table.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>
    /// The values the code's words name, in order ({0}, {1}, …), written as the file or the program has them (a line
    /// number, a month 2010-03, a column's name), so a page fills them into its own language without parsing <see cref="Message"/>.
    /// </summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>
    /// A problem with a code and its values: <paramref name="english"/> names the values as {0}, {1}, … and becomes
    /// <see cref="Message"/>, so the CLI and the API read what they always did and a page can say it from the code.
    /// </summary>
    public static InputProblem Coded(string file, int line, string field, string? got, string code, string english, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(args);
        return new(file, line, field, string.Format(System.Globalization.CultureInfo.InvariantCulture, english, args), got) { Code = code, Args = args };
    }

    /// <summary>Formats as <c>FILE:LINE: field: what is wrong (got "value")</c>.</summary>
    public override string ToString() =>
        Got is null ? $"{File}:{Line}: {Field}: {Message}" : $"{File}:{Line}: {Field}: {Message} (got \"{Got}\")";
}
