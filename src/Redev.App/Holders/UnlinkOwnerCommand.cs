namespace Redev.App.Holders;

/// <summary>
/// The notary's undoing of an owner's link to a holder (a link made in error, or to the wrong person).
/// <paramref name="Reason"/> is required: it is kept in the audit record, the only trace of the old link.
/// </summary>
public sealed record UnlinkOwnerCommand(string? Scheme, string? Owner, string? Reason);
