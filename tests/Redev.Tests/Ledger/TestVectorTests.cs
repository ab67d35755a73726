using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Redev.Ledger;
using static Redev.Tests.Ledger.SampleJournal;

namespace Redev.Tests.Ledger;

/// <summary>
/// The shipped test vectors (docs/test-vectors) against the code: the receipt verifies with the
/// shipped key, and every intermediate hash the docs walk through is what the code computes. Set
/// REDEV_WRITE_TEST_VECTORS=1 to write them afresh (a new notary key, so a new signature) after a
/// deliberate change of format.
/// </summary>
public class TestVectorTests
{
    private static string File(string name) => Path.Combine(TestVectors.Folder, name);

    // Tests run in parallel: the files are written (when asked) once, before any test reads them.
    private static readonly Lazy<bool> Ready = new(() =>
    {
        if (Environment.GetEnvironmentVariable("REDEV_WRITE_TEST_VECTORS") == "1")
        {
            WriteAfresh();
        }
        return true;
    });

    private static string Read(string name) => Ready.Value ? System.IO.File.ReadAllText(File(name)) : "";

    private static void WriteAfresh()
    {
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var journal = Entries();
        var checkpoint = Checkpoint.Sign(Scheme, journal.Count, Merkle.Root(journal.Select(e => Merkle.Leaf(e.Hash)).ToArray()), Start.AddHours(1), notary,
            balances: BalanceTree.Commit(BalanceTree.Leaves(journal)));
        var receipt = Receipt.For(journal, Wong, checkpoint, notary.ExportSubjectPublicKeyInfoPem());
        Directory.CreateDirectory(TestVectors.Folder);
        System.IO.File.WriteAllText(File("notary.pub.pem"), receipt.NotaryPublicKeyPem);
        System.IO.File.WriteAllText(File("receipt.json"), receipt.ToJson() + "\n");
        System.IO.File.WriteAllText(File("intermediates.json"), TestVectors.ToText(TestVectors.Intermediates(journal, receipt)));
    }

    [Fact]
    public void The_shipped_receipt_verifies_with_the_shipped_key_and_proves_completeness()
    {
        var text = Read("receipt.json");

        var receipt = Receipt.FromJson(text);

        Assert.Empty(receipt.Verify(Read("notary.pub.pem")));
        Assert.True(receipt.ProvesCompleteness);
        Assert.Equal(Wong, receipt.Holder);
        // The code writes the documented schema byte for byte.
        Assert.Equal(text.TrimEnd('\n'), receipt.ToJson());
    }

    [Fact]
    public void Every_intermediate_value_in_the_docs_is_what_the_code_computes()
    {
        var receipt = Receipt.FromJson(Read("receipt.json"));
        var journal = Entries();
        var shipped = JsonNode.Parse(Read("intermediates.json"))!;

        var computed = TestVectors.Intermediates(journal, receipt);

        Assert.Equal(TestVectors.ToText(shipped), TestVectors.ToText(computed));
        // The receipt's entries are the sample journal's, as written by the code.
        Assert.Equal(journal.Where(e => e.Debit.Holder == Wong || e.Credit.Holder == Wong).Select(e => Convert.ToHexStringLower(e.Hash)),
            receipt.Entries.Select(e => Convert.ToHexStringLower(e.Entry.Hash)));
    }

    [Fact]
    public void The_intermediates_chain_by_the_documented_rules_alone()
    {
        // What an outsider's verifier does with docs/ledger.md and nothing of the code.
        var shipped = JsonNode.Parse(Read("intermediates.json"))!;
        var prev = new byte[32];
        foreach (var e in shipped["entries"]!.AsArray())
        {
            var hash = SHA256.HashData([.. prev, .. Convert.FromHexString((string)e!["canonicalBytes"]!)]);
            Assert.Equal((string)e["hash"]!, Convert.ToHexStringLower(hash));
            Assert.Equal((string)e["leaf"]!, Convert.ToHexStringLower(SHA256.HashData([0, .. hash])));
            prev = hash;
        }
        var signed = Convert.FromHexString((string)shipped["checkpointSignedBytes"]!);
        Assert.StartsWith("redev-checkpoint-v3\n", (string)shipped["checkpointSignedText"]!, StringComparison.Ordinal);
        using var key = ECDsa.Create();
        key.ImportFromPem(Read("notary.pub.pem"));
        Assert.True(key.VerifyData(signed, Convert.FromHexString((string)shipped["signature"]!), HashAlgorithmName.SHA256));
    }

    [Fact]
    public void The_shipped_receipt_edited_in_any_signed_value_no_longer_verifies()
    {
        var receipt = Receipt.FromJson(Read("receipt.json"));
        var key = Read("notary.pub.pem");
        var b = receipt.Checkpoint.Balances!;

        foreach (var edited in new[]
                 {
                     receipt.Checkpoint with { Balances = b with { Units = b.Units + 1 } },
                     receipt.Checkpoint with { Balances = b with { Holders = b.Holders + 1 } },
                     receipt.Checkpoint with { Count = receipt.Checkpoint.Count - 1 },
                     receipt.Checkpoint with { SignedAt = receipt.Checkpoint.SignedAt.AddTicks(1) },
                 })
        {
            Assert.Contains((receipt with { Checkpoint = edited }).Verify(key), p => p.Contains("signature does not verify", StringComparison.Ordinal));
        }
    }
}
