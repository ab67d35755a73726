using System.Security.Cryptography;
using System.Text;
using Redev.Ledger;

namespace Redev.Tests.Ledger;

public class MerkleTests
{
    private static byte[][] Leaves(int n) =>
        Enumerable.Range(0, n).Select(i => Merkle.Leaf(SHA256.HashData(Encoding.UTF8.GetBytes($"entry {i}")))).ToArray();

    // RFC 9162's recursive definition, written independently of the bottom-up build under test.
    private static byte[] ReferenceRoot(ReadOnlySpan<byte[]> leaves)
    {
        if (leaves.Length == 1)
        {
            return leaves[0];
        }
        var k = 1;
        while (k * 2 < leaves.Length)
        {
            k *= 2;
        }
        var left = ReferenceRoot(leaves[..k]);
        var right = ReferenceRoot(leaves[k..]);
        return SHA256.HashData([1, .. left, .. right]);
    }

    [Fact]
    public void The_root_matches_rfc_9162s_recursive_definition_for_every_size_up_to_70()
    {
        for (var n = 1; n <= 70; n++)
        {
            var leaves = Leaves(n);
            Assert.Equal(ReferenceRoot(leaves), Merkle.Root(leaves));
        }
    }

    [Fact]
    public void Every_leaf_of_every_tree_up_to_40_proves_into_its_root()
    {
        for (var n = 1; n <= 40; n++)
        {
            var leaves = Leaves(n);
            var levels = Merkle.Levels(leaves);
            var root = Merkle.Root(leaves);
            for (var i = 0; i < n; i++)
            {
                Assert.True(Merkle.VerifyInclusion(leaves[i], i, n, Merkle.InclusionProof(levels, i), root), $"leaf {i} of {n}");
            }
        }
    }

    [Fact]
    public void A_proof_fails_for_a_different_leaf_index_or_root()
    {
        var leaves = Leaves(13);
        var levels = Merkle.Levels(leaves);
        var root = Merkle.Root(leaves);
        var proof = Merkle.InclusionProof(levels, 5);
        Assert.False(Merkle.VerifyInclusion(leaves[6], 5, 13, proof, root));
        Assert.False(Merkle.VerifyInclusion(leaves[5], 4, 13, proof, root));
        Assert.False(Merkle.VerifyInclusion(leaves[5], 5, 13, proof, Merkle.Root(Leaves(12))));
    }
}
