namespace Redev.Schemes;

/// <summary>
/// A scheme's short, stable name (e.g. <c>tkt-88</c>): lower-case letters, digits and dashes,
/// because it appears in URLs, file names, ledger asset codes and shard keys.
/// </summary>
public readonly record struct SchemeId
{
    public string Value { get; }

    private SchemeId(string value) => Value = value;

    public static bool TryParse(string? text, out SchemeId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40 || text[0] == '-' || text[^1] == '-'
            || !text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return false;
        }
        id = new SchemeId(text);
        return true;
    }

    /// <summary>For values already validated (from the store or tests).</summary>
    public static SchemeId Parse(string text) =>
        TryParse(text, out var id) ? id
            : throw new FormatException($"\"{text}\" is not a scheme id: use 1-40 lower-case letters, digits and dashes.");

    public override string ToString() => Value ?? "";
}
