namespace Redev.Web.Accounts;

/// <summary>A holder as the API shows it.</summary>
public sealed record HolderDto(string Id, string Kind, string NameEnglish, string NameChinese)
{
    public static HolderDto From(Redev.Holders.Holder h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new(h.Id.Value, h.Kind == Redev.Holders.HolderKind.Company ? "company" : "person", h.NameEnglish, h.NameChinese);
    }
}
