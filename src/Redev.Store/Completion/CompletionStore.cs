using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Redev.Schemes;
using Redev.Store.Ledger;

namespace Redev.Store.Completion;

/// <summary>
/// The completion stage's records, append-only: each is written with its signed audit record in one
/// transaction under the ledger writers' lock, so the audit trail holds every fact in the order it was
/// written and two racing writers of one fact leave one row (the loser learns so and writes nothing).
/// </summary>
public sealed class CompletionStore(Database db)
{
    static CompletionStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>Every record of a scheme in the order written.</summary>
    public async Task<IReadOnlyList<CompletionRecord>> RecordsAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<CompletionRow>("SELECT * FROM completion_records WHERE scheme_id = @S ORDER BY seq", new { S = scheme.Value });
        return rows.Select(r => new CompletionRecord(r.Seq, r.Kind, r.Subject, r.Body, StoreTime.Read(r.RecordedAt), r.RecordedBy)).ToArray();
    }

    /// <summary>
    /// The secret kept with a record and never put in its audit record — the lottery seed, until the window
    /// closes and it is published in the closing record.
    /// </summary>
    public async Task<string?> SecretAsync(SchemeId scheme, string kind, string subject, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<string?>("SELECT secret FROM completion_records WHERE scheme_id = @S AND kind = @K AND subject = @Sub",
            new { S = scheme.Value, K = kind, Sub = subject });
    }

    /// <summary>
    /// Appends a record and its audit record (action <c>completion-{kind}</c>, the body as its detail);
    /// false, with nothing written, when (kind, subject) is already recorded.
    /// </summary>
    public async Task<bool> AppendAsync(SchemeId scheme, string kind, string subject, string body, DateTimeOffset at, string by, ECDsa notary,
        string? secret = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(notary);
        await using var conn = await db.OpenAsync(ct);
        await using DbTransaction tx = await conn.BeginTransactionAsync(ct);
        await LedgerSql.LockWritersAsync(conn, tx, db.Kind, ct);
        var seq = await conn.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM completion_records WHERE scheme_id = @S", new { S = scheme.Value }, tx);
        var inserted = await conn.ExecuteAsync("""
            INSERT INTO completion_records (scheme_id, seq, kind, subject, body, secret, recorded_at, recorded_by)
            VALUES (@S, @Seq, @K, @Sub, @B, @Secret, @At, @By) ON CONFLICT DO NOTHING
            """, new { S = scheme.Value, Seq = seq, K = kind, Sub = subject, B = body, Secret = secret, At = StoreTime.Write(at), By = by }, tx);
        if (inserted != 1)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        await AuditTrail.AppendAsync(conn, tx, db.Kind, scheme, "completion-" + kind, by, subject, body, at, notary, ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
