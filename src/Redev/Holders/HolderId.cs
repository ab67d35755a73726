using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Redev.Holders;

/// <summary>
/// A holder's stable id (e.g. <c>h-chan-tai-man</c>), chosen when the notary registers the holder. It is
/// never a sign-in name and never register text: a holder is linked to both explicitly, so a register
/// owner who happens to be called "investor" is no one's login.
/// </summary>
public readonly partial record struct HolderId
{
    private HolderId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out HolderId id)
    {
        id = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }
        id = new HolderId(text);
        return true;
    }

    public static HolderId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"\"{text}\" is not a holder id: use 1-40 lower-case letters, digits and dashes.");

    /// <summary>The ledger account holder this holder's own units and cash are kept under (see docs/ledger.md, holder names).</summary>
    public string LedgerHolder => LedgerHolders.ForHolder(this);

    public override string ToString() => Value;

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,39}\z")]
    private static partial Regex Pattern();
}
