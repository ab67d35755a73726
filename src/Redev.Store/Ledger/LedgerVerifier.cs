using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>What a full verification found.</summary>
public sealed record LedgerReport(int Schemes, long Entries, int Checkpoints, long AuditRecords, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Re-walks every scheme's chain from the first entry: positions, links, hashes; then checks that
/// the stored balances are what the entries add up to, that every checkpoint's root and
/// signature hold, and that the audit trail's chain and signatures hold. It reports, per scheme,
/// the first entry (and the first audit record) that does not match.
/// </summary>
/// <remarks>
/// Signatures are checked against the public key stored beside each checkpoint or record, unless a
/// notary key is pinned: then they must all be that key's, which is what catches a forger who
/// re-signed a rewritten history with a key of their own.
/// </remarks>
public static class LedgerVerifier
{
    public static async Task<LedgerReport> VerifyAsync(Database db, CancellationToken ct = default) => await VerifyAsync(db, null, ct);

    public static async Task<LedgerReport> VerifyAsync(Database db, ECDsa? pinnedKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new List<string>();
        var replayed = new Dictionary<(SchemeId, AccountRef), AccountBalance>();
        var leaves = new Dictionary<SchemeId, List<byte[]>>();
        var broken = new HashSet<SchemeId>();
        var ids = new Dictionary<Guid, (SchemeId Scheme, long Seq)>();
        long count = 0;
        await using var conn = await db.OpenAsync(ct);
        await using (var cmd = LedgerSql.Command(conn, null, $"SELECT {EntryRows.Columns} FROM ledger_entries ORDER BY scheme_id, seq"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            var previous = EntryCodec.Genesis;
            SchemeId? scheme = null;
            long seq = 0;
            while (await r.ReadAsync(ct))
            {
                count++;
                LedgerEntry e;
                try
                {
                    e = EntryRows.Read(r);
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
                {
                    // An edit that left a column unparseable (an id, a kind, an asset) is tampering too: name the row.
                    problems.Add($"scheme {r.GetString(0)}, entry #{r.GetInt64(1)}: a stored field cannot be read ({ex.Message}); the row was changed after it was written");
                    if (SchemeId.TryParse(r.GetString(0), out var unreadable))
                    {
                        broken.Add(unreadable);
                    }
                    continue;
                }
                if (e.Scheme != scheme)
                {
                    (scheme, previous, seq) = (e.Scheme, EntryCodec.Genesis, 0);
                    leaves[e.Scheme] = [];
                }
                if (broken.Contains(e.Scheme))
                {
                    continue;
                }
                var where = $"scheme {e.Scheme}, entry #{e.Seq} (id {e.Id})";
                var problem = e.Seq != seq + 1 ? $"{where}: expected entry #{seq + 1} here; the chain has a gap or a reordering"
                    : !e.PrevHash.AsSpan().SequenceEqual(previous) ? $"{where}: it does not link to the entry before it (previous hash differs)"
                    : !EntryCodec.Hash(e).AsSpan().SequenceEqual(e.Hash) ? $"{where}: its content does not match its hash (the row was changed after it was written)"
                    : ids.TryGetValue(e.Id, out var first) ? $"{where}: its id was already used by scheme {first.Scheme}, entry #{first.Seq} (ids are unique)"
                    : null;
                if (problem is not null)
                {
                    problems.Add(problem);
                    broken.Add(e.Scheme);
                    continue;
                }
                ids[e.Id] = (e.Scheme, e.Seq);
                Replay(replayed, e);
                leaves[e.Scheme].Add(Merkle.Leaf(e.Hash));
                (previous, seq) = (e.Hash, e.Seq);
            }
        }
        await CompareBalancesAsync(conn, replayed, broken, problems, ct);
        var checkpoints = await new LedgerReader(db).CheckpointsAsync(null, ct);
        foreach (var (c, pem) in checkpoints.Where(c => !broken.Contains(c.Checkpoint.Scheme)))
        {
            var tree = leaves.GetValueOrDefault(c.Scheme) ?? [];
            var where = $"scheme {c.Scheme}, checkpoint of {c.Count} entries signed {c.SignedAt:yyyy-MM-dd HH:mm:ss} UTC";
            using var stored = pinnedKey is null ? NotaryKey.TryImportPublic(pem) : null;
            if (c.Count > tree.Count || !Merkle.Root(tree.Take((int)c.Count).ToArray()).AsSpan().SequenceEqual(c.Root))
            {
                problems.Add($"{where}: its root does not match the journal's first {c.Count} entries");
            }
            else if ((pinnedKey ?? stored) is not { } key)
            {
                problems.Add($"{where}: its stored public key cannot be read");
            }
            else if (!c.VerifySignature(key))
            {
                problems.Add($"{where}: its signature does not verify{(pinnedKey is null ? "" : " under the notary key given")}");
            }
        }
        var (audits, auditProblems) = await AuditTrail.VerifyAsync(db, pinnedKey, ct);
        problems.AddRange(auditProblems);
        await CompareAuditHeadsAsync(db, checkpoints.Select(x => x.Checkpoint), problems, ct);
        return new LedgerReport(leaves.Count, count, checkpoints.Count, audits, problems);
    }

    /// <summary>
    /// A checkpoint signed the trail's length and last hash: if that record is gone or different now,
    /// the trail was cut back or rewritten, which its own chain cannot show when the newest records go.
    /// </summary>
    private static async Task CompareAuditHeadsAsync(Database db, IEnumerable<Checkpoint> checkpoints, List<string> problems, CancellationToken ct)
    {
        var signed = checkpoints.Where(c => c.AuditCount > 0).ToList();
        if (signed.Count == 0)
        {
            return;
        }
        var records = (await AuditTrail.ReadAsync(db, null, ct)).Select(x => x.Record).ToDictionary(a => (a.Scheme, a.Seq));
        foreach (var c in signed)
        {
            if (!records.TryGetValue((c.Scheme, c.AuditCount), out var a) || !a.Hash.AsSpan().SequenceEqual(c.AuditHead))
            {
                problems.Add($"scheme {c.Scheme}, checkpoint signed {c.SignedAt:yyyy-MM-dd HH:mm:ss} UTC: it signed an audit trail of {c.AuditCount} record(s), " +
                             $"but audit record #{c.AuditCount} is no longer the one it signed (removed or changed)");
            }
        }
    }

    private static void Replay(Dictionary<(SchemeId, AccountRef), AccountBalance> b, LedgerEntry e)
    {
        void Add(AccountRef a, long balance, long pd, long pc)
        {
            var old = b.GetValueOrDefault((e.Scheme, a));
            b[(e.Scheme, a)] = new AccountBalance(old.Balance + balance, old.PendingDebits + pd, old.PendingCredits + pc);
        }
        var x = e.Amount;
        switch (e.Kind)
        {
            case EntryKind.Posted: Add(e.Debit, -x, 0, 0); Add(e.Credit, x, 0, 0); break;
            case EntryKind.Pending: Add(e.Debit, 0, x, 0); Add(e.Credit, 0, 0, x); break;
            case EntryKind.PostPending: Add(e.Debit, -x, -x, 0); Add(e.Credit, x, 0, -x); break;
            case EntryKind.VoidPending: Add(e.Debit, 0, -x, 0); Add(e.Credit, 0, 0, -x); break;
        }
    }

    private static async Task CompareBalancesAsync(System.Data.Common.DbConnection conn, Dictionary<(SchemeId, AccountRef), AccountBalance> replayed,
        HashSet<SchemeId> broken, List<string> problems, CancellationToken ct)
    {
        await using var cmd = LedgerSql.Command(conn, null, "SELECT scheme_id, holder, asset, pledged_to, balance, pending_debits, pending_credits FROM ledger_accounts ORDER BY scheme_id, holder, asset, pledged_to");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var seen = new HashSet<(SchemeId, AccountRef)>();
        while (await r.ReadAsync(ct))
        {
            var scheme = SchemeId.Parse(r.GetString(0));
            var account = new AccountRef(r.GetString(1), AssetNames.Parse(r.GetString(2)), r.GetString(3));
            seen.Add((scheme, account));
            var stored = new AccountBalance(r.GetInt64(4), r.GetInt64(5), r.GetInt64(6));
            var expected = replayed.GetValueOrDefault((scheme, account));
            if (!broken.Contains(scheme) && stored != expected)
            {
                problems.Add($"scheme {scheme}, account {account}: stored balance {stored.Balance} (pending -{stored.PendingDebits}/+{stored.PendingCredits}) " +
                             $"but the entries add up to {expected.Balance} (pending -{expected.PendingDebits}/+{expected.PendingCredits})");
            }
        }
        foreach (var ((scheme, account), _) in replayed.Where(kv => !seen.Contains(kv.Key) && !broken.Contains(kv.Key.Item1)))
        {
            problems.Add($"scheme {scheme}, account {account}: has entries but no account row");
        }
    }
}
