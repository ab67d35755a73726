using System.Security.Cryptography;

namespace Redev.Ledger;

/// <summary>
/// A Merkle tree over a scheme's entry hashes, as RFC 9162 (Certificate Transparency 2.0) defines
/// it: leaves are SHA-256(0x00 ‖ entry hash), nodes SHA-256(0x01 ‖ left ‖ right), and a tree of n
/// leaves splits at the largest power of two below n. Using a published construction means anyone
/// can check a receipt with their own code.
/// </summary>
public static class Merkle
{
    public static byte[] Leaf(byte[] entryHash)
    {
        ArgumentNullException.ThrowIfNull(entryHash);
        var b = new byte[1 + entryHash.Length];
        entryHash.CopyTo(b, 1);
        return SHA256.HashData(b);
    }

    private static byte[] Node(byte[] left, byte[] right)
    {
        var b = new byte[1 + left.Length + right.Length];
        b[0] = 1;
        left.CopyTo(b, 1);
        right.CopyTo(b, 1 + left.Length);
        return SHA256.HashData(b);
    }

    /// <summary>
    /// Every level of the tree, leaves first. Built bottom-up; an odd node is carried up unchanged,
    /// which yields exactly RFC 9162's tree, and lets all proofs share one build.
    /// </summary>
    public static IReadOnlyList<byte[][]> Levels(IReadOnlyList<byte[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var levels = new List<byte[][]> { leaves.ToArray() };
        while (levels[^1].Length > 1)
        {
            var level = levels[^1];
            var next = new byte[(level.Length + 1) / 2][];
            for (var i = 0; i < next.Length; i++)
            {
                next[i] = 2 * i + 1 < level.Length ? Node(level[2 * i], level[2 * i + 1]) : level[2 * i];
            }
            levels.Add(next);
        }
        return levels;
    }

    /// <summary>The root over <paramref name="leaves"/> (already leaf-hashed); SHA-256 of nothing for an empty tree.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        return leaves.Count == 0 ? SHA256.HashData(Array.Empty<byte>()) : Levels(leaves)[^1][0];
    }

    /// <summary>The audit path proving leaf <paramref name="index"/> is in the tree whose <see cref="Levels"/> are given.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[][]> levels, long index)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, levels[0].LongLength);
        var proof = new List<byte[]>();
        var i = index;
        foreach (var level in levels.Take(levels.Count - 1))
        {
            var sibling = i ^ 1;
            if (sibling < level.Length)
            {
                proof.Add(level[sibling]);
            }
            i /= 2;
        }
        return proof;
    }

    /// <summary>RFC 9162 section 2.1.3.2: recomputes the root from a leaf and its audit path.</summary>
    public static bool VerifyInclusion(byte[] leaf, long index, long treeSize, IReadOnlyList<byte[]> proof, byte[] root)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(root);
        if (index < 0 || index >= treeSize)
        {
            return false;
        }
        long fn = index, sn = treeSize - 1;
        var r = leaf;
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                r = Node(p, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = Node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }
}
