namespace Redev.Holders;

/// <summary>
/// A person or company that can hold fund units, known by id and by name in both languages. Holders
/// are registered by the notary; the register's owner text is linked to a holder per scheme, never matched to one.
/// </summary>
public sealed record Holder
{
    /// <summary>Longest name kept, in either language: names go into audit records and pages.</summary>
    public const int MaxNameLength = 200;

    public Holder(HolderId id, HolderKind kind, string nameEnglish, string nameChinese, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(nameEnglish) && string.IsNullOrWhiteSpace(nameChinese))
        {
            throw new ArgumentException("A holder needs a name in English or Chinese.", nameof(nameEnglish));
        }
        if ((nameEnglish ?? "").Length > MaxNameLength || (nameChinese ?? "").Length > MaxNameLength)
        {
            throw new ArgumentException($"A holder's name is at most {MaxNameLength} characters.", nameof(nameEnglish));
        }
        Id = id;
        Kind = kind;
        NameEnglish = (nameEnglish ?? "").Trim();
        NameChinese = (nameChinese ?? "").Trim();
        CreatedAt = createdAt;
    }

    public HolderId Id { get; }
    public HolderKind Kind { get; }
    public string NameEnglish { get; }
    public string NameChinese { get; }
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The name to show in a language, falling back to the other when one is missing.</summary>
    public string Name(bool chinese) => chinese
        ? (NameChinese.Length > 0 ? NameChinese : NameEnglish)
        : (NameEnglish.Length > 0 ? NameEnglish : NameChinese);
}
