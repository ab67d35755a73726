using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Redev.Ledger;

namespace Redev.Tests.Ledger;

/// <summary>
/// Every intermediate value of a receipt, as docs/test-vectors/intermediates.json lists them: what
/// an outsider's verifier should compute step by step from docs/ledger.md. Built here from the
/// code, so a test can hold the shipped file to it.
/// </summary>
public static class TestVectors
{
    public static string Folder => Path.Combine(Cycle.RepoData.Root, "docs", "test-vectors");

    public static JsonObject Intermediates(IReadOnlyList<LedgerEntry> journal, Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(receipt);
        var c = receipt.Checkpoint;
        var prefix = journal.Take((int)c.Count).ToArray();
        var leaves = BalanceTree.Leaves(prefix);
        var signed = Checkpoint.SignedBytes(c.Scheme, c.Count, c.Root, c.SignedAt, c.AuditCount, c.AuditHead, c.Balances);
        return new JsonObject
        {
            ["entries"] = new JsonArray(prefix.Select(e => (JsonNode)new JsonObject
            {
                ["seq"] = e.Seq,
                ["canonicalBytes"] = Hex(EntryCodec.CanonicalBytes(e)),
                ["prevHash"] = Hex(e.PrevHash),
                ["hash"] = Hex(e.Hash),
                ["leaf"] = Hex(Merkle.Leaf(e.Hash)),
            }).ToArray()),
            ["merkleLevels"] = new JsonArray(Merkle.Levels(prefix.Select(e => Merkle.Leaf(e.Hash)).ToArray())
                .Select(level => (JsonNode)new JsonArray(level.Select(h => (JsonNode)JsonValue.Create(Hex(h))).ToArray())).ToArray()),
            ["merkleRoot"] = Hex(c.Root),
            ["balanceLeaves"] = new JsonArray(leaves.Select(l => (JsonNode)new JsonObject
            {
                ["holder"] = l.Holder,
                ["canonicalBytes"] = Hex(l.CanonicalBytes()),
                ["node"] = Node(l.Node()),
            }).ToArray()),
            ["balanceLevels"] = new JsonArray(BalanceTree.Levels(leaves)
                .Select(level => (JsonNode)new JsonArray(level.Select(n => (JsonNode)Node(n)).ToArray())).ToArray()),
            ["checkpointSignedText"] = Encoding.UTF8.GetString(signed),
            ["checkpointSignedBytes"] = Hex(signed),
            ["signature"] = Hex(c.Signature),
        };
    }

    public static string ToText(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static JsonObject Node(SumNode n) => new() { ["hash"] = Hex(n.Hash), ["units"] = n.Units, ["hkd"] = n.Hkd };

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);
}
