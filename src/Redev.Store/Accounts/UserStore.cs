using Dapper;

namespace Redev.Store.Accounts;

/// <summary>
/// Sign-in users and the hashes of their API tokens, with one SQL text for both engines. Only a
/// token's SHA-256 is kept, so a copy of the database hands out no working token.
/// </summary>
public sealed class UserStore(Database db)
{
    static UserStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public async Task<UserAccount?> FindAsync(string userName, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<UserRow>("SELECT * FROM web_users WHERE user_name = @U", new { U = Normalise(userName) });
        return row?.ToUser();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<UserRow>("SELECT * FROM web_users ORDER BY user_name");
        return rows.Select(r => r.ToUser()).ToArray();
    }

    /// <summary>Adds a user; false when the name is taken.</summary>
    public async Task<bool> CreateAsync(UserAccount user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var taken = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM web_users WHERE user_name = @U", new { U = Normalise(user.UserName) }, tx);
        if (taken > 0)
        {
            return false;
        }
        await conn.ExecuteAsync("""
            INSERT INTO web_users (user_name, display_name, role, password_hash, failed_count, locked_until, created_at)
            VALUES (@UserName, @DisplayName, @Role, @PasswordHash, 0, NULL, @CreatedAt)
            """, new { UserName = Normalise(user.UserName), user.DisplayName, user.Role, user.PasswordHash, CreatedAt = StoreTime.Write(user.CreatedAt) }, tx);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Counts a failed sign-in, locking the account until <paramref name="lockUntil"/> when it is given.</summary>
    public async Task RecordFailureAsync(string userName, DateTimeOffset? lockUntil, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await conn.ExecuteAsync(lockUntil is null
                ? "UPDATE web_users SET failed_count = failed_count + 1 WHERE user_name = @U"
                : "UPDATE web_users SET failed_count = 0, locked_until = @L WHERE user_name = @U",
            new { U = Normalise(userName), L = lockUntil is { } l ? StoreTime.Write(l) : null });
    }

    public async Task RecordSuccessAsync(string userName, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE web_users SET failed_count = 0, locked_until = NULL WHERE user_name = @U", new { U = Normalise(userName) });
    }

    public async Task AddTokenAsync(string tokenHash, string userName, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await conn.ExecuteAsync("INSERT INTO web_tokens (token_hash, user_name, created_at, expires_at) VALUES (@H, @U, @C, @E)",
            new { H = tokenHash, U = Normalise(userName), C = StoreTime.Write(createdAt), E = StoreTime.Write(expiresAt) });
    }

    /// <summary>The user a token hash belongs to, if the token exists and has not expired.</summary>
    public async Task<UserAccount?> FindByTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<UserRow>("""
            SELECT u.* FROM web_tokens t JOIN web_users u ON u.user_name = t.user_name
            WHERE t.token_hash = @H AND t.expires_at > @Now
            """, new { H = tokenHash, Now = StoreTime.Write(now) });
        return row?.ToUser();
    }

    public static string Normalise(string userName) => (userName ?? "").Trim().ToLowerInvariant();

    private sealed class UserRow
    {
        public string UserName { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public long FailedCount { get; set; }
        public string? LockedUntil { get; set; }
        public string CreatedAt { get; set; } = "";

        public UserAccount ToUser() => new(UserName, DisplayName, Role, PasswordHash, (int)FailedCount,
            LockedUntil is null ? null : StoreTime.Read(LockedUntil), StoreTime.Read(CreatedAt));
    }
}
