namespace Redev.Web.Accounts;

/// <summary>A person who signs in to the web app, as stored.</summary>
/// <param name="UserName">Lower-case sign-in name, unique.</param>
/// <param name="PasswordHash">ASP.NET Core Identity's PBKDF2 hash; the password itself is never stored.</param>
/// <param name="FailedCount">Consecutive failed sign-ins, reset by a good one.</param>
/// <param name="LockedUntil">While in the future, sign-in is refused even with the right password.</param>
public sealed record WebUser(string UserName, string DisplayName, string Role, string PasswordHash, int FailedCount, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

/// <summary>A register owner (as written in a scheme's register) that the notary has tied to a user account.</summary>
public sealed record OwnerLink(string SchemeId, string Owner, string UserName, string LinkedBy, DateTimeOffset LinkedAt);
