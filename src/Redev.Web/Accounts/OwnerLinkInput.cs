namespace Redev.Web.Accounts;

/// <summary>The body of <c>POST /api/schemes/{id}/owner-links</c>: the register owner, the holder (by id, or by its sign-in) and the identity document checked.</summary>
public sealed record OwnerLinkInput(string? Owner, string? Holder, string? DocumentType, string? UserName = null);
