using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Redev.Text;

namespace Redev.Schemes;

/// <summary>
/// Reads a CSV of signed consent forms: columns <c>owner,decision,signed_on,evidence</c> in any order
/// (decision <c>consent</c> or <c>withdraw</c>, or 同意 / 撤回; signed_on a Hong Kong date <c>YYYY-MM-DD</c> not after
/// today; evidence the form's reference or the SHA-256 of its scan). Every problem in the file is found in one
/// pass, each located to its line and field and carrying the refusal catalogue's code for its kind, so the
/// convener fixes the file once and a Chinese page can say each problem in Chinese.
/// </summary>
public static partial class ConsentFormsCsv
{
    public static readonly IReadOnlyList<string> Columns = ["owner", "decision", "signed_on", "evidence"];

    /// <summary>Longest evidence reference: a SHA-256 is 64 characters, a filing reference far fewer.</summary>
    public const int MaxEvidenceLength = 200;

    /// <summary>The forms, or every problem (and no forms) when there is any.</summary>
    public static (IReadOnlyList<ConsentForm> Forms, IReadOnlyList<InputProblem> Problems) Parse(string fileName, ReadOnlySpan<byte> utf8, DateOnly today)
    {
        var problems = new List<InputProblem>();
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return ([], [Problem(fileName, 1, "file", "is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)", "bad-consent-file")]);
        }
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Parse(text);
        }
        catch (FormatException ex)
        {
            return ([], [Problem(fileName, 1, "file", ex.Message, "bad-consent-file")]);
        }
        if (records.Count == 0)
        {
            return ([], [Problem(fileName, 1, "file", "the file is empty: expected a header row and at least one form", "bad-consent-file")]);
        }
        var header = records[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                problems.Add(Problem(fileName, header.Line, "header", $"unknown column; expected {string.Join(", ", Columns)}", "bad-consent-file", header.Fields[i]));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(Problem(fileName, header.Line, "header", "column appears twice", "bad-consent-file", name));
            }
        }
        foreach (var missing in Columns.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(Problem(fileName, header.Line, missing, "missing column", "bad-consent-file"));
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        if (records.Count == 1)
        {
            return ([], [Problem(fileName, header.Line, "file", "no forms after the header", "bad-consent-file")]);
        }
        var forms = new List<ConsentForm>();
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Count != header.Fields.Count)
            {
                problems.Add(Problem(fileName, r.Line, "file", $"expected {header.Fields.Count} fields, found {r.Fields.Count}", "bad-consent-file"));
                continue;
            }
            string Field(string c) => r.Fields[columns[c]].Trim();
            var before = problems.Count;
            var owner = Field("owner");
            if (owner.Length == 0)
            {
                problems.Add(Problem(fileName, r.Line, "owner", "is empty", "bad-input"));
            }
            var decisionText = Field("decision");
            bool? withdraw = decisionText.ToLowerInvariant() switch
            {
                "consent" or "同意" => false,
                "withdraw" or "撤回" => true,
                _ => null,
            };
            if (withdraw is null)
            {
                problems.Add(Problem(fileName, r.Line, "decision", "must be consent or withdraw", "bad-decision", decisionText));
            }
            var signedText = Field("signed_on");
            if (!DateOnly.TryParseExact(signedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed) || signed > today)
            {
                problems.Add(Problem(fileName, r.Line, "signed_on", "must be a date written YYYY-MM-DD, not after today in Hong Kong", "bad-date", signedText));
            }
            var evidence = Field("evidence");
            if (evidence.Length is 0 or > MaxEvidenceLength || evidence.Any(char.IsControl))
            {
                problems.Add(Problem(fileName, r.Line, "evidence", $"must be the form's reference or the SHA-256 of its scan (1 to {MaxEvidenceLength} characters)", "bad-consent-evidence",
                    evidence.Length > 60 ? evidence[..60] + "…" : evidence));
            }
            if (problems.Count == before)
            {
                // A hash is kept in one spelling, so the same scan is always the same evidence.
                forms.Add(new ConsentForm(r.Line, owner, withdraw!.Value, signed, Sha256().IsMatch(evidence) ? evidence.ToLowerInvariant() : evidence));
            }
        }
        return problems.Count > 0 ? ([], problems) : (forms, []);
    }

    private static InputProblem Problem(string file, int line, string field, string message, string code, string? got = null) =>
        new(file, line, field, message, got) { Code = code };

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256();
}
