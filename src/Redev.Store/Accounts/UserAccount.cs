namespace Redev.Store.Accounts;

/// <summary>A person who signs in, as stored.</summary>
/// <param name="UserName">Lower-case sign-in name, unique.</param>
/// <param name="PasswordHash">A PBKDF2 hash; the password itself is never stored.</param>
/// <param name="FailedCount">Consecutive failed sign-ins, reset by a good one.</param>
/// <param name="LockedUntil">While in the future, sign-in is refused even with the right password.</param>
public sealed record UserAccount(string UserName, string DisplayName, string Role, string PasswordHash, int FailedCount, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);
