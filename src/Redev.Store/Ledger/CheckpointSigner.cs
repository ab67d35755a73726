using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// The notary's one write to the journal's side: signing a checkpoint over everything a scheme's
/// journal holds now and publishing it. Kept apart from <see cref="LedgerReader"/> so that reading
/// (a receipt, a page) never signs or stores anything.
/// </summary>
public sealed class CheckpointSigner(Database db)
{
    /// <summary>
    /// Signs a version-3 checkpoint: the entries' Merkle root, the audit trail's head, and the
    /// balance tree of what those same entries add up to.
    /// </summary>
    public async Task<Checkpoint> SignAsync(SchemeId scheme, ECDsa notary, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notary);
        var entries = await new LedgerReader(db).EntriesAsync(scheme, null, ct);
        var (auditCount, auditHead) = await AuditTrail.HeadAsync(db, scheme, ct);
        var leaves = entries.Select(e => Merkle.Leaf(e.Hash)).ToArray();
        var checkpoint = Checkpoint.Sign(scheme, leaves.Length, Merkle.Root(leaves), now, notary, auditCount, auditHead,
            BalanceTree.Commit(BalanceTree.Leaves(entries)));
        await SaveAsync(checkpoint, NotaryKey.PublicPem(notary), ct);
        return checkpoint;
    }

    private async Task SaveAsync(Checkpoint c, string publicPem, CancellationToken ct)
    {
        var b = c.Balances!;
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = LedgerSql.Command(conn, null, """
            INSERT INTO ledger_checkpoints (scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head,
                balance_root, balance_holders, balance_units, balance_hkd)
            VALUES (@s, @n, @r, @t, @g, @k, @a, @h, @br, @bn, @bu, @bh)
            """);
        LedgerSql.Add(cmd, "s", c.Scheme.Value);
        LedgerSql.Add(cmd, "n", c.Count);
        LedgerSql.Add(cmd, "r", Convert.ToHexStringLower(c.Root));
        LedgerSql.Add(cmd, "t", c.SignedAt.UtcTicks);
        LedgerSql.Add(cmd, "g", Convert.ToHexStringLower(c.Signature));
        LedgerSql.Add(cmd, "k", publicPem);
        LedgerSql.Add(cmd, "a", c.AuditCount);
        LedgerSql.Add(cmd, "h", c.AuditHead is null ? "" : Convert.ToHexStringLower(c.AuditHead));
        LedgerSql.Add(cmd, "br", Convert.ToHexStringLower(b.Root));
        LedgerSql.Add(cmd, "bn", b.Holders);
        LedgerSql.Add(cmd, "bu", b.Units);
        LedgerSql.Add(cmd, "bh", b.Hkd);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
