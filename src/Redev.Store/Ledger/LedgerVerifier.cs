using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

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
        var touched = new HashSet<(SchemeId, AccountRef)>();
        long count = 0;
        await using var conn = await db.OpenAsync(ct);
        // One snapshot for every read: a commit landing between two of them (new entries, balances
        // brought up to date, a checkpoint) must not look like a disagreement.
        await using var tx = await LedgerSql.BeginSnapshotAsync(conn, ct);
        // Stored balances are a snapshot as of one entry per scheme: they are compared with what the
        // entries up to that one add up to.
        var asOf = await LedgerSql.BalancesAsOfAsync(conn, tx, ct);
        var checkpoints = await LedgerReader.CheckpointsAsync(conn, tx, null, ct);
        // Entries are kept only for schemes with a version-3 checkpoint: its balance tree is rebuilt from them.
        var committed = checkpoints.Where(c => c.Checkpoint.Balances is not null).Select(c => c.Checkpoint.Scheme).ToHashSet();
        var journals = new Dictionary<SchemeId, List<LedgerEntry>>();
        await using (var cmd = LedgerSql.Command(conn, tx, $"SELECT {EntryRows.Columns} FROM ledger_entries ORDER BY scheme_id, seq"))
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
                touched.Add((e.Scheme, e.Debit));
                touched.Add((e.Scheme, e.Credit));
                if (e.Seq <= asOf.GetValueOrDefault(e.Scheme))
                {
                    LedgerSql.Replay(replayed, e);
                }
                leaves[e.Scheme].Add(Merkle.Leaf(e.Hash));
                if (committed.Contains(e.Scheme))
                {
                    (journals.TryGetValue(e.Scheme, out var j) ? j : journals[e.Scheme] = []).Add(e);
                }
                (previous, seq) = (e.Hash, e.Seq);
            }
        }
        foreach (var (scheme, seq) in asOf.Where(x => !broken.Contains(x.Key) && x.Value > (leaves.GetValueOrDefault(x.Key)?.Count ?? 0)))
        {
            problems.Add($"scheme {scheme}: stored balances claim to stand as of entry #{seq}, but the journal ends at entry #{leaves.GetValueOrDefault(scheme)?.Count ?? 0} (entries were removed)");
            broken.Add(scheme);
        }
        await CompareBalancesAsync(conn, tx, replayed, touched, asOf, broken, problems, ct);
        var trees = new Dictionary<(SchemeId, long), (BalanceCommitment Tree, long Issued, long CashIn)>();
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
            else if (c.Balances is { } signed)
            {
                CompareBalanceTree(where, c, signed, trees, journals.GetValueOrDefault(c.Scheme) ?? [], problems);
            }
        }
        var trail = await AuditTrail.ReadAsync(conn, tx, null, ct);
        var (audits, auditProblems) = AuditTrail.Verify(trail, pinnedKey);
        problems.AddRange(auditProblems);
        CompareAuditHeads(trail, checkpoints.Select(x => x.Checkpoint), problems);
        return new LedgerReport(leaves.Count, count, checkpoints.Count, audits, problems);
    }

    /// <summary>
    /// A version-3 checkpoint signed a balance tree: it must be the one the journal's first entries
    /// give, and it must add up to the units the journal shows outstanding (what <c>@issuance</c>
    /// went below zero by) and the cash held (what <c>@cash-in</c> did).
    /// </summary>
    private static void CompareBalanceTree(string where, Checkpoint c, BalanceCommitment signed, Dictionary<(SchemeId, long), (BalanceCommitment Tree, long Issued, long CashIn)> trees,
        List<LedgerEntry> journal, List<string> problems)
    {
        if (!trees.TryGetValue((c.Scheme, c.Count), out var built))
        {
            var prefix = journal.Take((int)c.Count).ToArray();
            var mirrors = BalanceTree.Leaves(prefix, BalanceTree.IsMirror).ToDictionary(l => l.Holder, l => l.Node());
            built = (BalanceTree.Commit(BalanceTree.Leaves(prefix)), -(mirrors.GetValueOrDefault(SystemAccounts.Issuance)?.Units ?? 0),
                -(mirrors.GetValueOrDefault(SystemAccounts.CashIn)?.Hkd ?? 0));
            trees[(c.Scheme, c.Count)] = built;
        }
        if (!built.Tree.Root.AsSpan().SequenceEqual(signed.Root) || built.Tree.Holders != signed.Holders)
        {
            problems.Add($"{where}: its balance tree does not match what the journal's first {c.Count} entries add up to ({built.Tree.Holders} holder(s), root {Convert.ToHexStringLower(built.Tree.Root)})");
        }
        if (signed.Units != built.Issued || signed.Hkd != built.CashIn)
        {
            problems.Add($"{where}: its balance tree sums to {signed.Units} units and {signed.Hkd} cents, but the journal shows {built.Issued} units outstanding and {built.CashIn} cents paid in");
        }
    }

    /// <summary>
    /// A checkpoint signed the trail's length and last hash: if that record is gone or different now,
    /// the trail was cut back or rewritten, which its own chain cannot show when the newest records go.
    /// </summary>
    private static void CompareAuditHeads(IReadOnlyList<(AuditRecord Record, string PublicKeyPem)> trail, IEnumerable<Checkpoint> checkpoints, List<string> problems)
    {
        var signed = checkpoints.Where(c => c.AuditCount > 0).ToList();
        var records = trail.Select(x => x.Record).ToDictionary(a => (a.Scheme, a.Seq));
        foreach (var c in signed)
        {
            if (!records.TryGetValue((c.Scheme, c.AuditCount), out var a) || !a.Hash.AsSpan().SequenceEqual(c.AuditHead))
            {
                problems.Add($"scheme {c.Scheme}, checkpoint signed {c.SignedAt:yyyy-MM-dd HH:mm:ss} UTC: it signed an audit trail of {c.AuditCount} record(s), " +
                             $"but audit record #{c.AuditCount} is no longer the one it signed (removed or changed)");
            }
        }
    }

    private static async Task CompareBalancesAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, Dictionary<(SchemeId, AccountRef), AccountBalance> replayed,
        HashSet<(SchemeId, AccountRef)> touched, Dictionary<SchemeId, long> asOf, HashSet<SchemeId> broken, List<string> problems, CancellationToken ct)
    {
        await using var cmd = LedgerSql.Command(conn, tx, "SELECT scheme_id, holder, asset, pledged_to, snapshot_balance, snapshot_pending_debits, snapshot_pending_credits FROM ledger_accounts ORDER BY scheme_id, holder, asset, pledged_to");
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
                var upTo = asOf.GetValueOrDefault(scheme);
                problems.Add($"scheme {scheme}, account {account}: stored balance {stored.Balance} (pending -{stored.PendingDebits}/+{stored.PendingCredits}) " +
                             $"but {(upTo == 0 ? "it stands before any entry, so" : $"entries #1-#{upTo}, which it stands for,")} add up to {expected.Balance} (pending -{expected.PendingDebits}/+{expected.PendingCredits})");
            }
        }
        foreach (var (scheme, account) in touched.Where(k => !seen.Contains(k) && !broken.Contains(k.Item1)))
        {
            problems.Add($"scheme {scheme}, account {account}: has entries but no account row");
        }
    }
}
