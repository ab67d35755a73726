using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>Reads the journal: a holder's entries, the Merkle tree, checkpoints and receipts.</summary>
public sealed class LedgerReader(Database db)
{
    public async Task<IReadOnlyList<LedgerEntry>> EntriesAsync(SchemeId scheme, string? holder = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var sql = $"SELECT {EntryRows.Columns} FROM ledger_entries WHERE scheme_id = @s" +
                  (holder is null ? "" : " AND (debit_holder = @h OR credit_holder = @h)") + " ORDER BY seq";
        await using var cmd = LedgerSql.Command(conn, null, sql);
        LedgerSql.Add(cmd, "s", scheme.Value);
        if (holder is not null)
        {
            LedgerSql.Add(cmd, "h", holder);
        }
        var list = new List<LedgerEntry>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(EntryRows.Read(r));
        }
        return list;
    }

    /// <summary>A two-phase transfer's whole story: its pending entry and the entries that post or void it, in chain order.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> EntriesOfTransferAsync(SchemeId scheme, Guid id, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = LedgerSql.Command(conn, null,
            $"SELECT {EntryRows.Columns} FROM ledger_entries WHERE scheme_id = @s AND ((kind = 'Pending' AND id = @i) OR pending_id = @i) ORDER BY seq");
        LedgerSql.Add(cmd, "s", scheme.Value);
        LedgerSql.Add(cmd, "i", id.ToString("N"));
        var list = new List<LedgerEntry>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(EntryRows.Read(r));
        }
        return list;
    }

    /// <summary>The leaf hashes of a scheme's tree, in chain order.</summary>
    public async Task<IReadOnlyList<byte[]>> LeavesAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = LedgerSql.Command(conn, null, "SELECT hash FROM ledger_entries WHERE scheme_id = @s ORDER BY seq");
        LedgerSql.Add(cmd, "s", scheme.Value);
        var leaves = new List<byte[]>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            leaves.Add(Merkle.Leaf(StoredHex.Decode(r.GetString(0))));
        }
        return leaves;
    }

    /// <summary>Signs a checkpoint over everything the scheme's journal holds now, and stores it.</summary>
    public async Task<Checkpoint> CheckpointAsync(SchemeId scheme, ECDsa notary, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notary);
        var leaves = await LeavesAsync(scheme, ct);
        var checkpoint = await SignAsync(scheme, leaves, notary, now, ct);
        await SaveAsync(checkpoint, NotaryKey.PublicPem(notary), ct);
        return checkpoint;
    }

    private async Task<Checkpoint> SignAsync(SchemeId scheme, IReadOnlyList<byte[]> leaves, ECDsa notary, DateTimeOffset now, CancellationToken ct)
    {
        var (auditCount, auditHead) = await AuditTrail.HeadAsync(db, scheme, ct);
        return Checkpoint.Sign(scheme, leaves.Count, Merkle.Root(leaves), now, notary, auditCount, auditHead);
    }

    private async Task SaveAsync(Checkpoint c, string publicPem, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = LedgerSql.Command(conn, null, """
            INSERT INTO ledger_checkpoints (scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head)
            VALUES (@s, @n, @r, @t, @g, @k, @a, @h)
            """);
        LedgerSql.Add(cmd, "a", c.AuditCount);
        LedgerSql.Add(cmd, "h", c.AuditHead is null ? "" : Convert.ToHexStringLower(c.AuditHead));
        LedgerSql.Add(cmd, "s", c.Scheme.Value);
        LedgerSql.Add(cmd, "n", c.Count);
        LedgerSql.Add(cmd, "r", Convert.ToHexStringLower(c.Root));
        LedgerSql.Add(cmd, "t", c.SignedAt.UtcTicks);
        LedgerSql.Add(cmd, "g", Convert.ToHexStringLower(c.Signature));
        LedgerSql.Add(cmd, "k", publicPem);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The checkpoints published for a scheme, oldest first.</summary>
    public async Task<IReadOnlyList<(Checkpoint Checkpoint, string PublicKeyPem)>> CheckpointsAsync(SchemeId? scheme = null, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        return await CheckpointsAsync(conn, null, scheme, ct);
    }

    internal static async Task<IReadOnlyList<(Checkpoint Checkpoint, string PublicKeyPem)>> CheckpointsAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx,
        SchemeId? scheme, CancellationToken ct)
    {
        await using var cmd = LedgerSql.Command(conn, tx,
            "SELECT scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head FROM ledger_checkpoints" +
            (scheme is null ? "" : " WHERE scheme_id = @s") + " ORDER BY scheme_id, entry_count, audit_count, signed_at_ticks");
        if (scheme is { } s)
        {
            LedgerSql.Add(cmd, "s", s.Value);
        }
        var list = new List<(Checkpoint, string)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var auditCount = r.GetInt64(6);
            list.Add((new Checkpoint(SchemeId.Parse(r.GetString(0)), r.GetInt64(1), StoredHex.Decode(r.GetString(2)),
                new DateTimeOffset(r.GetInt64(3), TimeSpan.Zero), StoredHex.Decode(r.GetString(4)), auditCount,
                auditCount == 0 ? null : StoredHex.Decode(r.GetString(7))), r.GetString(5)));
        }
        return list;
    }

    /// <summary>
    /// A receipt of everything that concerns <paramref name="holder"/>: a fresh checkpoint over the
    /// whole journal, and each of the holder's entries with its inclusion proof.
    /// </summary>
    public async Task<Receipt> ReceiptAsync(SchemeId scheme, string holder, ECDsa notary, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notary);
        var entries = await EntriesAsync(scheme, holder, ct);
        var leaves = await LeavesAsync(scheme, ct);
        var levels = Merkle.Levels(leaves);
        var checkpoint = await SignAsync(scheme, leaves, notary, now, ct);
        var publicPem = NotaryKey.PublicPem(notary);
        await SaveAsync(checkpoint, publicPem, ct);
        var withProofs = entries.Where(e => e.Seq <= leaves.Count)
            .Select(e => new ReceiptEntry(e, Merkle.InclusionProof(levels, e.Seq - 1))).ToArray();
        return new Receipt(scheme, holder, withProofs, checkpoint, publicPem);
    }
}
