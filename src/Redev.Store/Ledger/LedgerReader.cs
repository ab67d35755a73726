using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>Reads the journal: a holder's entries, the Merkle tree, checkpoints and receipts. It never writes (signing is <see cref="CheckpointSigner"/>'s).</summary>
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
            "SELECT scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head, balance_root, balance_holders, balance_units, balance_hkd FROM ledger_checkpoints" +
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
            // An empty balance root marks a checkpoint signed before balances were committed (version 1 or 2).
            var balances = r.GetString(8) is { Length: > 0 } root
                ? new BalanceCommitment(StoredHex.Decode(root), r.GetInt64(9), r.GetInt64(10), r.GetInt64(11))
                : null;
            list.Add((new Checkpoint(SchemeId.Parse(r.GetString(0)), r.GetInt64(1), StoredHex.Decode(r.GetString(2)),
                new DateTimeOffset(r.GetInt64(3), TimeSpan.Zero), StoredHex.Decode(r.GetString(4)), auditCount,
                auditCount == 0 ? null : StoredHex.Decode(r.GetString(7)), balances), r.GetString(5)));
        }
        return list;
    }

    /// <summary>
    /// A receipt of everything that concerns <paramref name="holder"/>, proven into the latest signed
    /// checkpoint (with the holder's balance proof when it is version 3). Reading signs nothing: when
    /// the holder has entries no checkpoint covers yet, the answer is a <see cref="ReceiptRefusals.NoCheckpoint"/> refusal.
    /// </summary>
    public async Task<ReceiptOutcome> ReceiptAsync(SchemeId scheme, string holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        // The checkpoint first: the journal only grows, so the entries read next hold all it covers.
        var checkpoints = await CheckpointsAsync(scheme, ct);
        var all = await EntriesAsync(scheme, null, ct);
        var mine = all.Where(e => e.Debit.Holder == holder || e.Credit.Holder == holder).ToArray();
        if (mine.Length == 0)
        {
            return ReceiptOutcome.Refused(new Refusal(ReceiptRefusals.NoEntries, $"Holder \"{holder}\" has no entries in scheme {scheme}."));
        }
        if (checkpoints.Count == 0 || checkpoints[^1].Checkpoint.Count < mine[^1].Seq)
        {
            var covered = checkpoints.Count == 0 ? "no checkpoint has been signed" : $"the last checkpoint covers entries #1-#{checkpoints[^1].Checkpoint.Count}";
            return ReceiptOutcome.Refused(new Refusal(ReceiptRefusals.NoCheckpoint,
                $"No checkpoint covers {holder}'s entries in scheme {scheme} yet (their last is entry #{mine[^1].Seq}; {covered}): the notary must sign one (redev ledger checkpoint)."));
        }
        var (checkpoint, publicPem) = checkpoints[^1];
        return ReceiptOutcome.Of(Receipt.For(all, holder, checkpoint, publicPem));
    }
}
