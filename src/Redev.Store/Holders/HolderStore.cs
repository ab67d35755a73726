using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Redev.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store.Ledger;

namespace Redev.Store.Holders;

/// <summary>
/// Holders and the notary's links from register owners to them. A link is written with its audit
/// record (signed by the notary) in one transaction, so a link never exists without its record.
/// </summary>
public sealed class HolderStore(Database db)
{
    static HolderStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>Adds a holder, optionally tied to a sign-in name; false when the id or the sign-in is taken.</summary>
    public async Task<bool> CreateAsync(Holder holder, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var user = userName is null ? null : Accounts.UserStore.Normalise(userName);
        var taken = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM holders WHERE holder_id = @Id OR (@U IS NOT NULL AND user_name = @U)",
            new { Id = holder.Id.Value, U = user }, tx);
        if (taken > 0)
        {
            return false;
        }
        await conn.ExecuteAsync("""
            INSERT INTO holders (holder_id, kind, name_en, name_zh, user_name, created_at) VALUES (@Id, @Kind, @En, @Zh, @U, @At)
            """, new { Id = holder.Id.Value, Kind = holder.Kind == HolderKind.Person ? "person" : "company", En = holder.NameEnglish, Zh = holder.NameChinese, U = user, At = StoreTime.Write(holder.CreatedAt) }, tx);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<Holder?> FindAsync(HolderId id, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        return (await conn.QuerySingleOrDefaultAsync<HolderRow>("SELECT * FROM holders WHERE holder_id = @Id", new { Id = id.Value }))?.ToHolder();
    }

    /// <summary>The holder a sign-in acts as, if any.</summary>
    public async Task<Holder?> FindByUserAsync(string userName, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        return (await conn.QuerySingleOrDefaultAsync<HolderRow>("SELECT * FROM holders WHERE user_name = @U",
            new { U = Accounts.UserStore.Normalise(userName) }))?.ToHolder();
    }

    public async Task<IReadOnlyList<Holder>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        return (await conn.QueryAsync<HolderRow>("SELECT * FROM holders ORDER BY holder_id")).Select(r => r.ToHolder()).ToArray();
    }

    /// <summary>
    /// Links a register owner to a holder and appends the act to the scheme's audit trail in one
    /// transaction; null when the owner is already linked.
    /// </summary>
    public async Task<AuditRecord?> LinkAsync(OwnerLink link, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(notary);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var taken = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM holder_links WHERE scheme_id = @S AND owner = @O",
            new { S = link.Scheme.Value, O = link.Owner }, tx);
        if (taken > 0)
        {
            return null;
        }
        await conn.ExecuteAsync("""
            INSERT INTO holder_links (scheme_id, owner, holder_id, document_type, checked_at, linked_by, linked_at)
            VALUES (@S, @O, @H, @D, @C, @By, @At)
            """, new { S = link.Scheme.Value, O = link.Owner, H = link.Holder.Value, D = link.Document.Name(), C = StoreTime.Write(link.CheckedAt), By = link.LinkedBy, At = StoreTime.Write(link.LinkedAt) }, tx);
        var detail = JsonSerializer.Serialize(new { holder = link.Holder.Value, documentType = link.Document.Name(), checkedAt = StoreTime.Write(link.CheckedAt) });
        var record = await AuditTrail.AppendAsync(conn, tx, db.Kind, link.Scheme, AuditRecord.OwnerLinked, link.LinkedBy, link.Owner, detail, link.LinkedAt, notary, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    /// <summary>
    /// Removes an owner's link and appends its <c>owner-unlinked</c> audit record in one transaction, so a link
    /// never disappears without a signed trace. Null when the owner was not linked.
    /// </summary>
    public async Task<AuditRecord?> UnlinkAsync(SchemeId scheme, string owner, string actor, string reason, DateTimeOffset at, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(notary);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<LinkRow>("SELECT * FROM holder_links WHERE scheme_id = @S AND owner = @O",
            new { S = scheme.Value, O = owner }, tx);
        if (row is null)
        {
            return null;
        }
        await conn.ExecuteAsync("DELETE FROM holder_links WHERE scheme_id = @S AND owner = @O", new { S = scheme.Value, O = owner }, tx);
        // The detail keeps which holder the owner was linked to, so the trail alone tells what was undone.
        var detail = JsonSerializer.Serialize(new { holder = row.HolderId, reason });
        var record = await AuditTrail.AppendAsync(conn, tx, db.Kind, scheme, AuditRecord.OwnerUnlinked, actor, owner, detail, at, notary, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<IReadOnlyList<OwnerLink>> LinksAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<LinkRow>("SELECT * FROM holder_links WHERE scheme_id = @S ORDER BY owner", new { S = scheme.Value });
        return rows.Select(r => r.ToLink()).ToArray();
    }

    /// <summary>The register owners of one scheme a holder is linked to.</summary>
    public async Task<IReadOnlyList<string>> OwnersOfAsync(SchemeId scheme, HolderId holder, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<string>("SELECT owner FROM holder_links WHERE scheme_id = @S AND holder_id = @H ORDER BY owner",
            new { S = scheme.Value, H = holder.Value });
        return rows.ToArray();
    }

    private sealed class HolderRow
    {
        public string HolderId { get; set; } = "";
        public string Kind { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string NameZh { get; set; } = "";
        public string? UserName { get; set; }
        public string CreatedAt { get; set; } = "";

        public Holder ToHolder() => new(Redev.Holders.HolderId.Parse(HolderId), Kind == "company" ? HolderKind.Company : HolderKind.Person,
            NameEn, NameZh, StoreTime.Read(CreatedAt));
    }

    private sealed class LinkRow
    {
        public string SchemeId { get; set; } = "";
        public string Owner { get; set; } = "";
        public string HolderId { get; set; } = "";
        public string DocumentType { get; set; } = "";
        public string CheckedAt { get; set; } = "";
        public string LinkedBy { get; set; } = "";
        public string LinkedAt { get; set; } = "";

        public OwnerLink ToLink() => new(Redev.Schemes.SchemeId.Parse(SchemeId), Owner, Redev.Holders.HolderId.Parse(HolderId),
            IdentityDocuments.ParseStored(DocumentType), StoreTime.Read(CheckedAt), LinkedBy, StoreTime.Read(LinkedAt));
    }
}
