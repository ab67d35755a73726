namespace Redev.Web.Accounts;

/// <summary>The body of <c>POST /api/schemes/{id}/owner-links/{owner}/unlink</c>: why the link is undone (kept in the audit trail).</summary>
public sealed record OwnerUnlinkInput(string? Reason);
