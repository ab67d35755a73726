namespace Redev.Web.Consents;

/// <summary>The body of <c>POST /api/schemes/{id}/consents</c>.</summary>
/// <param name="Owner">The owner exactly as written in the register.</param>
public sealed record ConsentInput(string? Owner);
