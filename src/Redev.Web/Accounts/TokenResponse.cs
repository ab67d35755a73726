using Redev.App;

namespace Redev.Web.Accounts;

/// <summary>A newly issued bearer token; shown once, only its hash is kept.</summary>
public sealed record TokenResponse(string Token, string UserName, string Role, DateTimeOffset ExpiresAt);
