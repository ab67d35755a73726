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
    /// The refusal catalogue's code for this kind of problem, when it has one, so a Chinese page can say it
    /// from the catalogue instead of showing <see cref="Message"/>'s English (null for the register's problems,
    /// which a page translates by their own table).
    /// </summary>
    public string? Code { get; init; }

    /// <summary>Formats as <c>FILE:LINE: field: what is wrong (got "value")</c>.</summary>
    public override string ToString() =>
        Got is null ? $"{File}:{Line}: {Field}: {Message}" : $"{File}:{Line}: {Field}: {Message} (got \"{Got}\")";
}
