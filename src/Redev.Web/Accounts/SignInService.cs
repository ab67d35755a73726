using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Redev.App;
using Redev.App.Accounts;
using Redev.Store.Accounts;
using Redev.Web.Hosting;

namespace Redev.Web.Accounts;

/// <summary>
/// Checks passwords (Identity's PBKDF2 hasher), locks an account after repeated failures, and issues
/// and checks the bearer tokens API clients use. Only a SHA-256 hash of a token is stored, so a copy
/// of the database does not hand out working tokens.
/// </summary>
public sealed class SignInService(RedevApp app, TimeProvider clock, ILogger<SignInService> log, IPasswordHasher<UserAccount> hasher)
{
    /// <summary>Failed attempts in a row that lock an account.</summary>
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(30);

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    // Checked against when the user does not exist, so that an unknown name costs the same PBKDF2
    // work as a known one with a wrong password and the answer's time does not tell which names exist.
    private static readonly Lazy<string> DummyHash = new(() => Hash("redev: no such user"));

    public async Task<SignInAttempt> CheckAsync(string userName, string password, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var user = await app.Users.FindAsync(userName, ct);
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password ?? "");
            log.SignInRefused(UserDirectory.Normalise(userName), "no such user");
            return new SignInAttempt(SignInOutcome.WrongNameOrPassword, null, null);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            log.SignInRefused(user.UserName, "locked out until " + until.ToString("u", CultureInfo.InvariantCulture));
            return new SignInAttempt(SignInOutcome.LockedOut, null, until);
        }
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            var lockNow = user.FailedCount + 1 >= MaxFailures;
            var lockUntil = lockNow ? now + LockoutTime : (DateTimeOffset?)null;
            await app.Users.RecordFailureAsync(user.UserName, lockUntil, ct);
            log.SignInRefused(user.UserName, string.Create(CultureInfo.InvariantCulture, $"wrong password, failure {user.FailedCount + 1}{(lockNow ? ", account locked" : "")}"));
            return lockNow
                ? new SignInAttempt(SignInOutcome.LockedOut, null, lockUntil)
                : new SignInAttempt(SignInOutcome.WrongNameOrPassword, null, null);
        }
        await app.Users.RecordSuccessAsync(user.UserName, ct);
        return new SignInAttempt(SignInOutcome.SignedIn, user, null);
    }

    /// <summary>Creates a bearer token for <paramref name="user"/>; the caller sees it once, the store keeps its hash.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(UserAccount user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = "rdv_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var expires = now + TokenLifetime;
        await app.Users.AddTokenAsync(TokenHash(token), user.UserName, expires, ct);
        return (token, expires);
    }

    public Task<UserAccount?> FindByTokenAsync(string token, CancellationToken ct = default) =>
        app.Users.FindByTokenAsync(TokenHash(token), ct);

    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The claims every authentication scheme gives a signed-in user.</summary>
    public static ClaimsPrincipal Principal(UserAccount user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim("display_name", user.DisplayName),
        ], authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
