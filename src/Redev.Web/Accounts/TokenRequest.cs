namespace Redev.Web.Accounts;

/// <summary>The body of <c>POST /api/tokens</c>.</summary>
public sealed record TokenRequest(string? UserName, string? Password);
