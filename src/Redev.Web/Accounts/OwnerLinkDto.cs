namespace Redev.Web.Accounts;

/// <summary>An owner link as the API shows it: never the identity document's number, only its type and when it was checked.</summary>
public sealed record OwnerLinkDto(string Scheme, string Owner, string Holder, string DocumentType, DateTimeOffset CheckedAt, string LinkedBy, DateTimeOffset LinkedAt)
{
    public static OwnerLinkDto From(Redev.Holders.OwnerLink l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(l.Scheme.Value, l.Owner, l.Holder.Value, Redev.Holders.IdentityDocuments.Name(l.Document), l.CheckedAt, l.LinkedBy, l.LinkedAt);
    }
}
