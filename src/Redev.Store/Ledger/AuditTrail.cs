using System.Data.Common;
using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// Writes and reads a scheme's audit trail (<see cref="AuditRecord"/>). Appends take the ledger
/// writers' lock, so two processes never give two records the same place in the chain.
/// </summary>
public static class AuditTrail
{
    private const string Columns = "scheme_id, seq, action, actor, subject, detail, at_ticks, prev_hash, hash, signature, public_key";

    /// <summary>
    /// Appends a record inside the caller's transaction, so that the act it records (a row the
    /// caller writes in the same transaction) and its record commit together or not at all.
    /// </summary>
    public static async Task<AuditRecord> AppendAsync(DbConnection conn, DbTransaction tx, StoreKind kind, SchemeId scheme,
        string action, string actor, string subject, string detail, DateTimeOffset at, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(notary);
        await LedgerSql.LockWritersAsync(conn, tx, kind, ct);
        long seq = 0;
        var previous = EntryCodec.Genesis;
        await using (var last = LedgerSql.Command(conn, tx, "SELECT seq, hash FROM ledger_audit WHERE scheme_id = @s ORDER BY seq DESC LIMIT 1"))
        {
            LedgerSql.Add(last, "s", scheme.Value);
            await using var r = await last.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct))
            {
                (seq, previous) = (r.GetInt64(0), StoredHex.Decode(r.GetString(1)));
            }
        }
        var record = AuditRecord.Create(scheme, seq + 1, action, actor, subject, detail, at, previous, notary);
        await using var insert = LedgerSql.Command(conn, tx, $"INSERT INTO ledger_audit ({Columns}) VALUES (@s, @q, @a, @o, @j, @d, @t, @p, @h, @g, @k)");
        LedgerSql.Add(insert, "s", scheme.Value);
        LedgerSql.Add(insert, "q", record.Seq);
        LedgerSql.Add(insert, "a", record.Action);
        LedgerSql.Add(insert, "o", record.Actor);
        LedgerSql.Add(insert, "j", record.Subject);
        LedgerSql.Add(insert, "d", record.Detail);
        LedgerSql.Add(insert, "t", record.At.UtcTicks);
        LedgerSql.Add(insert, "p", Convert.ToHexStringLower(record.PrevHash));
        LedgerSql.Add(insert, "h", Convert.ToHexStringLower(record.Hash));
        LedgerSql.Add(insert, "g", Convert.ToHexStringLower(record.Signature));
        LedgerSql.Add(insert, "k", NotaryKey.PublicPem(notary));
        await insert.ExecuteNonQueryAsync(ct);
        return record;
    }

    /// <summary>Appends a record in a transaction of its own.</summary>
    public static async Task<AuditRecord> AppendAsync(Database db, SchemeId scheme, string action, string actor, string subject, string detail,
        DateTimeOffset at, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var record = await AppendAsync(conn, tx, db.Kind, scheme, action, actor, subject, detail, at, notary, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    /// <summary>How many records a scheme's trail has and the last one's hash (0 and null for none), for a checkpoint to sign.</summary>
    public static async Task<(long Count, byte[]? Head)> HeadAsync(Database db, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = LedgerSql.Command(conn, null, "SELECT seq, hash FROM ledger_audit WHERE scheme_id = @s ORDER BY seq DESC LIMIT 1");
        LedgerSql.Add(cmd, "s", scheme.Value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetInt64(0), StoredHex.Decode(r.GetString(1))) : (0, null);
    }

    /// <summary>The trail of one scheme, or of every scheme, in chain order, with the public key each record names.</summary>
    public static async Task<IReadOnlyList<(AuditRecord Record, string PublicKeyPem)>> ReadAsync(Database db, SchemeId? scheme = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var conn = await db.OpenAsync(ct);
        return await ReadAsync(conn, null, scheme, ct);
    }

    internal static async Task<IReadOnlyList<(AuditRecord Record, string PublicKeyPem)>> ReadAsync(DbConnection conn, DbTransaction? tx, SchemeId? scheme, CancellationToken ct)
    {
        await using var cmd = LedgerSql.Command(conn, tx,
            $"SELECT {Columns} FROM ledger_audit{(scheme is null ? "" : " WHERE scheme_id = @s")} ORDER BY scheme_id, seq");
        if (scheme is { } s)
        {
            LedgerSql.Add(cmd, "s", s.Value);
        }
        var list = new List<(AuditRecord, string)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add((new AuditRecord(SchemeId.Parse(r.GetString(0)), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                new DateTimeOffset(r.GetInt64(6), TimeSpan.Zero), StoredHex.Decode(r.GetString(7)), StoredHex.Decode(r.GetString(8)),
                StoredHex.Decode(r.GetString(9))), r.GetString(10)));
        }
        return list;
    }

    /// <summary>
    /// Re-walks every trail: positions, links, hashes and signatures. Like the journal's check, it
    /// names the first record of a scheme that does not hold and stops reading that scheme there.
    /// </summary>
    public static async Task<(long Records, IReadOnlyList<string> Problems)> VerifyAsync(Database db, ECDsa? pinnedKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Verify(await ReadAsync(db, null, ct), pinnedKey);
    }

    internal static (long Records, IReadOnlyList<string> Problems) Verify(IReadOnlyList<(AuditRecord Record, string PublicKeyPem)> records, ECDsa? pinnedKey)
    {
        var problems = new List<string>();
        foreach (var trail in records.GroupBy(x => x.Record.Scheme))
        {
            var (previous, seq) = (EntryCodec.Genesis, 0L);
            foreach (var (a, pem) in trail)
            {
                var where = $"scheme {a.Scheme}, audit record #{a.Seq} ({a.Action} by {a.Actor})";
                var problem = a.Seq != seq + 1 ? $"{where}: expected audit record #{seq + 1} here; the trail has a gap or a reordering"
                    : !a.PrevHash.AsSpan().SequenceEqual(previous) ? $"{where}: it does not link to the record before it (previous hash differs)"
                    : !a.HashHolds() ? $"{where}: its content does not match its hash (the row was changed after it was written)"
                    : !SignedBy(a, pem, pinnedKey) ? $"{where}: its signature does not verify{(pinnedKey is null ? "" : " under the notary key given")}"
                    : null;
                if (problem is not null)
                {
                    problems.Add(problem);
                    break;
                }
                (previous, seq) = (a.Hash, a.Seq);
            }
        }
        return (records.Count, problems);
    }

    private static bool SignedBy(AuditRecord a, string pem, ECDsa? pinned)
    {
        if (pinned is not null)
        {
            return a.SignatureHolds(pinned);
        }
        using var key = NotaryKey.TryImportPublic(pem);
        return key is not null && a.SignatureHolds(key); // an unreadable stored key signs nothing
    }
}
