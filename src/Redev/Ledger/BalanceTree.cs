using System.Security.Cryptography;
using System.Text;

namespace Redev.Ledger;

/// <summary>
/// A Merkle sum tree over a scheme's holders: the shape of RFC 9162's tree (split at the largest
/// power of two below n), where each node also carries the units and HKD cents under it, and a node
/// hashes both children's hashes and sums. A holder who checks their leaf into a signed root knows
/// their balances are counted in the totals the notary signed; the totals cannot hide a holder's
/// units behind a negative sibling, because every proof's sums must be non-negative.
/// </summary>
public static class BalanceTree
{
    /// <summary>
    /// Accounts that mirror the outside world and go negative by design: left out of the tree, since
    /// a negative leaf would let liabilities cancel; the tree's sums are then what they mirror.
    /// </summary>
    public static bool IsMirror(string holder) => holder is SystemAccounts.Issuance or SystemAccounts.CashIn;

    /// <summary>
    /// What <paramref name="entries"/> add up to per account of the holders <paramref name="include"/>
    /// accepts, through the one rule (<see cref="AccountBalance.Effect"/>) the writer moves balances by.
    /// </summary>
    public static IReadOnlyList<BalanceLeaf> Leaves(IEnumerable<LedgerEntry> entries, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(include);
        var accounts = new Dictionary<AccountRef, (AccountBalance Balance, long Entries)>();
        foreach (var e in entries)
        {
            var (debit, credit) = AccountBalance.Effect(e.Kind, e.Amount);
            Add(accounts, e.Debit, debit, include);
            Add(accounts, e.Credit with { Asset = e.Asset }, credit, include);
        }
        return accounts.GroupBy(a => a.Key.Holder, StringComparer.Ordinal)
            .Select(g => new BalanceLeaf(g.Key, g.OrderBy(a => a.Key.Asset.Name(), Utf8Order.Instance).ThenBy(a => a.Key.PledgedTo, Utf8Order.Instance)
                .Select(a => new HeldAccount(a.Key.Asset, a.Key.PledgedTo, a.Value.Balance.Balance, a.Value.Balance.PendingDebits, a.Value.Balance.PendingCredits, a.Value.Entries))
                .ToArray()))
            .OrderBy(l => l.Holder, Utf8Order.Instance)
            .ToArray();
    }

    /// <summary>The tree's leaves for a journal prefix: every holder but the mirrors.</summary>
    public static IReadOnlyList<BalanceLeaf> Leaves(IEnumerable<LedgerEntry> entries) => Leaves(entries, h => !IsMirror(h));

    private static void Add(Dictionary<AccountRef, (AccountBalance, long)> accounts, AccountRef account, AccountBalance change, Func<string, bool> include)
    {
        if (!include(account.Holder))
        {
            return;
        }
        var (balance, count) = accounts.GetValueOrDefault(account);
        accounts[account] = (balance.Plus(change), count + 1);
    }

    /// <summary>Every level of the tree, leaves first; an odd node is carried up unchanged (as in <see cref="Merkle.Levels"/>).</summary>
    public static IReadOnlyList<SumNode[]> Levels(IReadOnlyList<BalanceLeaf> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var levels = new List<SumNode[]> { leaves.Select(l => l.Node()).ToArray() };
        while (levels[^1].Length > 1)
        {
            var level = levels[^1];
            var next = new SumNode[(level.Length + 1) / 2];
            for (var i = 0; i < next.Length; i++)
            {
                next[i] = 2 * i + 1 < level.Length ? Node(level[2 * i], level[2 * i + 1]) : level[2 * i];
            }
            levels.Add(next);
        }
        return levels;
    }

    /// <summary>What a checkpoint signs about these leaves; the root of no leaves is SHA-256 of nothing, summing to zero.</summary>
    public static BalanceCommitment Commit(IReadOnlyList<BalanceLeaf> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var root = leaves.Count == 0 ? new SumNode(SHA256.HashData(Array.Empty<byte>()), 0, 0) : Levels(leaves)[^1][0];
        return new BalanceCommitment(root.Hash, leaves.Count, root.Units, root.Hkd);
    }

    /// <summary>SHA-256(0x01 ‖ left hash ‖ left units ‖ left HKD ‖ right hash ‖ right units ‖ right HKD), integers 8-byte big-endian.</summary>
    public static SumNode Node(SumNode left, SumNode right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        using var s = new MemoryStream(1 + 2 * (32 + 16));
        s.WriteByte(1);
        foreach (var n in new[] { left, right })
        {
            s.Write(n.Hash);
            EntryCodec.Int(s, n.Units);
            EntryCodec.Int(s, n.Hkd);
        }
        return new SumNode(SHA256.HashData(s.ToArray()), checked(left.Units + right.Units), checked(left.Hkd + right.Hkd));
    }

    /// <summary>The siblings proving leaf <paramref name="index"/>, leaf level first.</summary>
    public static IReadOnlyList<SumNode> InclusionProof(IReadOnlyList<SumNode[]> levels, long index)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, levels[0].LongLength);
        var proof = new List<SumNode>();
        var i = index;
        foreach (var level in levels.Take(levels.Count - 1))
        {
            if ((i ^ 1) < level.Length)
            {
                proof.Add(level[i ^ 1]);
            }
            i /= 2;
        }
        return proof;
    }

    /// <summary>
    /// Recomputes the root from a leaf and its path by RFC 9162's inclusion algorithm (section
    /// 2.1.3.2), and compares hash and sums with the commitment; every sibling's sums must be
    /// non-negative. Null when it holds, else what is wrong.
    /// </summary>
    public static string? VerifyInclusion(BalanceLeaf leaf, long index, IReadOnlyList<SumNode> proof, BalanceCommitment commitment)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(commitment);
        if (index < 0 || index >= commitment.Holders)
        {
            return $"its balance leaf index {index} is outside the tree of {commitment.Holders} holder(s)";
        }
        if (proof.Any(p => p.Units < 0 || p.Hkd < 0))
        {
            return "its balance proof holds a negative sum (it could hide liabilities)";
        }
        long fn = index, sn = commitment.Holders - 1;
        var r = leaf.Node();
        try
        {
            foreach (var p in proof)
            {
                if (sn == 0)
                {
                    return "its balance proof is longer than the tree is deep";
                }
                if ((fn & 1) == 1 || fn == sn)
                {
                    r = Node(p, r);
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
                else
                {
                    r = Node(r, p);
                }
                fn >>= 1;
                sn >>= 1;
            }
        }
        catch (OverflowException)
        {
            return "its balance proof's sums overflow";
        }
        if (sn != 0 || !r.Hash.AsSpan().SequenceEqual(commitment.Root))
        {
            return "its balance proof does not lead to the checkpoint's balance root";
        }
        return r.Units == commitment.Units && r.Hkd == commitment.Hkd
            ? null
            : $"its balance proof sums to {r.Units} units and {r.Hkd} cents, not the {commitment.Units} units and {commitment.Hkd} cents the checkpoint signed";
    }

    /// <summary>Orders strings by their UTF-8 bytes, the order any language can reproduce.</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y) =>
            Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
    }
}
