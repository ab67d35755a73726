namespace Redev.Holders;

/// <summary>
/// Which identity document the notary checked before linking a holder. Only the type and the time are
/// kept: the document's number is never stored, so a copy of the database cannot be used to impersonate anyone.
/// </summary>
public enum IdentityDocument
{
    /// <summary>Hong Kong Identity Card.</summary>
    Hkid,

    Passport,

    /// <summary>Business Registration Certificate, for a company.</summary>
    BusinessRegistration,

    /// <summary>Links made before the document type was recorded (migrated from an earlier version).</summary>
    Unrecorded,
}
