namespace Redev.Holders;

/// <summary>The spelling of <see cref="IdentityDocument"/> in storage, the API and the CLI.</summary>
public static class IdentityDocuments
{
    public static string Name(this IdentityDocument d) => d switch
    {
        IdentityDocument.Hkid => "hkid",
        IdentityDocument.Passport => "passport",
        IdentityDocument.BusinessRegistration => "br",
        IdentityDocument.Unrecorded => "unrecorded",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, null),
    };

    /// <summary>Parses what a notary may choose (not <see cref="IdentityDocument.Unrecorded"/>, which only migrations write).</summary>
    public static bool TryParseChecked(string? text, out IdentityDocument d)
    {
        d = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "hkid" => IdentityDocument.Hkid,
            "passport" => IdentityDocument.Passport,
            "br" => IdentityDocument.BusinessRegistration,
            _ => IdentityDocument.Unrecorded,
        };
        return d != IdentityDocument.Unrecorded;
    }

    public static IdentityDocument ParseStored(string text) => text switch
    {
        "hkid" => IdentityDocument.Hkid,
        "passport" => IdentityDocument.Passport,
        "br" => IdentityDocument.BusinessRegistration,
        _ => IdentityDocument.Unrecorded,
    };
}
