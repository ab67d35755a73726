namespace Redev.Web.Ledger;

/// <summary>The body of <c>POST /api/transfers/{id}/reject</c>.</summary>
public sealed record RejectInput(string? Reason);
