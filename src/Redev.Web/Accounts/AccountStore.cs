using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;
using Redev.Web.Hosting;

namespace Redev.Web.Accounts;

/// <summary>
/// Users, API tokens and owner links in Redev's own database (SQLite or PostgreSQL), with one SQL
/// text for both engines as in <see cref="Redev.Store.Migrations"/>.
/// </summary>
public sealed class AccountStore(RedevStore store)
{
    static AccountStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private Database Db => store.Database;

    public async Task<WebUser?> FindAsync(string userName, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<UserRow>("SELECT * FROM web_users WHERE user_name = @U", new { U = Normalise(userName) });
        return row?.ToUser();
    }

    public async Task<IReadOnlyList<WebUser>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var rows = await conn.QueryAsync<UserRow>("SELECT * FROM web_users ORDER BY user_name");
        return rows.Select(r => r.ToUser()).ToArray();
    }

    /// <summary>Adds a user; false when the name is taken.</summary>
    public async Task<bool> CreateAsync(WebUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var conn = await Db.OpenAsync(ct);
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
        await using var conn = await Db.OpenAsync(ct);
        await conn.ExecuteAsync(lockUntil is null
                ? "UPDATE web_users SET failed_count = failed_count + 1 WHERE user_name = @U"
                : "UPDATE web_users SET failed_count = 0, locked_until = @L WHERE user_name = @U",
            new { U = Normalise(userName), L = lockUntil is { } l ? StoreTime.Write(l) : null });
    }

    public async Task RecordSuccessAsync(string userName, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE web_users SET failed_count = 0, locked_until = NULL WHERE user_name = @U", new { U = Normalise(userName) });
    }

    public async Task AddTokenAsync(string tokenHash, string userName, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        await conn.ExecuteAsync("INSERT INTO web_tokens (token_hash, user_name, created_at, expires_at) VALUES (@H, @U, @C, @E)",
            new { H = tokenHash, U = Normalise(userName), C = StoreTime.Write(createdAt), E = StoreTime.Write(expiresAt) });
    }

    /// <summary>The user a token hash belongs to, if the token exists and has not expired.</summary>
    public async Task<WebUser?> FindByTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<UserRow>("""
            SELECT u.* FROM web_tokens t JOIN web_users u ON u.user_name = t.user_name
            WHERE t.token_hash = @H AND t.expires_at > @Now
            """, new { H = tokenHash, Now = StoreTime.Write(now) });
        return row?.ToUser();
    }

    /// <summary>
    /// Links a register owner to a user and records the act in the scheme's audit trail, signed by
    /// the notary's key, in one transaction: a link never exists without its audit record. Then the
    /// notary signs a checkpoint that covers it. Null when the owner is already linked to someone.
    /// </summary>
    public async Task<AuditRecord?> LinkOwnerAsync(OwnerLink link, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(notary);
        await using var conn = await Db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var taken = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM web_owner_links WHERE scheme_id = @S AND owner = @O",
            new { S = link.SchemeId, O = link.Owner }, tx);
        if (taken > 0)
        {
            return null;
        }
        await conn.ExecuteAsync("""
            INSERT INTO web_owner_links (scheme_id, owner, user_name, linked_by, linked_at) VALUES (@SchemeId, @Owner, @UserName, @LinkedBy, @LinkedAt)
            """, new { link.SchemeId, link.Owner, UserName = Normalise(link.UserName), link.LinkedBy, LinkedAt = StoreTime.Write(link.LinkedAt) }, tx);
        var detail = JsonSerializer.Serialize(new { userName = Normalise(link.UserName), identityChecked = true });
        var record = await AuditTrail.AppendAsync(conn, tx, Db.Kind, SchemeId.Parse(link.SchemeId), AuditRecord.OwnerLinked, link.LinkedBy, link.Owner,
            detail, link.LinkedAt, notary, ct);
        await tx.CommitAsync(ct);
        // A checkpoint over the trail's new length: without one, deleting this newest record would
        // leave a chain that still verifies.
        await store.Checkpoints.SignAsync(record.Scheme, notary, link.LinkedAt, ct);
        return record;
    }

    public async Task<IReadOnlyList<OwnerLink>> LinksAsync(string schemeId, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var rows = await conn.QueryAsync<LinkRow>("SELECT * FROM web_owner_links WHERE scheme_id = @S ORDER BY owner", new { S = schemeId });
        return rows.Select(r => r.ToLink()).ToArray();
    }

    /// <summary>The register owners of one scheme that <paramref name="userName"/> has been linked to.</summary>
    public async Task<IReadOnlyList<string>> OwnersOfAsync(string schemeId, string userName, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var rows = await conn.QueryAsync<string>("SELECT owner FROM web_owner_links WHERE scheme_id = @S AND user_name = @U ORDER BY owner",
            new { S = schemeId, U = Normalise(userName) });
        return rows.ToArray();
    }

    /// <summary>User names with a role, in order (investor accounts are ledger holders by user name).</summary>
    public async Task<IReadOnlyList<string>> UserNamesInRoleAsync(string role, CancellationToken ct = default)
    {
        await using var conn = await Db.OpenAsync(ct);
        var rows = await conn.QueryAsync<string>("SELECT user_name FROM web_users WHERE role = @R ORDER BY user_name", new { R = role });
        return rows.ToArray();
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

        public WebUser ToUser() => new(UserName, DisplayName, Role, PasswordHash, (int)FailedCount,
            LockedUntil is null ? null : StoreTime.Read(LockedUntil), StoreTime.Read(CreatedAt));
    }

    private sealed class LinkRow
    {
        public string SchemeId { get; set; } = "";
        public string Owner { get; set; } = "";
        public string UserName { get; set; } = "";
        public string LinkedBy { get; set; } = "";
        public string LinkedAt { get; set; } = "";

        public OwnerLink ToLink() => new(SchemeId, Owner, UserName, LinkedBy, StoreTime.Read(LinkedAt));
    }
}
