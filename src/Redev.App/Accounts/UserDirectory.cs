using Redev.Store;
using Redev.Store.Accounts;

namespace Redev.App.Accounts;

/// <summary>
/// The sign-in accounts, for the web's authentication: it checks passwords and tokens itself (with the
/// web framework's hasher) and reaches the stored accounts only through here.
/// </summary>
public sealed class UserDirectory(RedevStore store, TimeProvider clock)
{
    public Task<UserAccount?> FindAsync(string userName, CancellationToken ct = default) => store.Users.FindAsync(userName, ct);

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default) => store.Users.ListAsync(ct);

    /// <summary>Adds an account; false when the name is taken.</summary>
    public Task<bool> CreateAsync(UserAccount user, CancellationToken ct = default) => store.Users.CreateAsync(user, ct);

    public Task RecordFailureAsync(string userName, DateTimeOffset? lockUntil, CancellationToken ct = default) => store.Users.RecordFailureAsync(userName, lockUntil, ct);

    public Task RecordSuccessAsync(string userName, CancellationToken ct = default) => store.Users.RecordSuccessAsync(userName, ct);

    public Task AddTokenAsync(string tokenHash, string userName, DateTimeOffset expiresAt, CancellationToken ct = default) =>
        store.Users.AddTokenAsync(tokenHash, userName, clock.GetUtcNow(), expiresAt, ct);

    public Task<UserAccount?> FindByTokenAsync(string tokenHash, CancellationToken ct = default) => store.Users.FindByTokenAsync(tokenHash, clock.GetUtcNow(), ct);

    public static string Normalise(string userName) => UserStore.Normalise(userName);
}
