using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Redev.Ledger;
using static Redev.Tests.Ledger.SampleJournal;

namespace Redev.Tests.Ledger;

/// <summary>Receipts a stranger can check: every field covered or checked, and no entry left out unnoticed.</summary>
public sealed class ReceiptTests : IDisposable
{
    private readonly ECDsa _notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private string Pem => _notary.ExportSubjectPublicKeyInfoPem();

    public void Dispose() => _notary.Dispose();

    private Checkpoint Sign(IReadOnlyList<LedgerEntry> journal, bool balances = true) =>
        Checkpoint.Sign(Scheme, journal.Count, Merkle.Root(journal.Select(e => Merkle.Leaf(e.Hash)).ToArray()), Start.AddHours(1), _notary,
            balances: balances ? BalanceTree.Commit(BalanceTree.Leaves(journal)) : null);

    private Receipt WongsReceipt(bool balances = true)
    {
        var journal = Entries();
        return Receipt.For(journal, Wong, Sign(journal, balances), Pem);
    }

    [Fact]
    public void A_receipt_proves_the_holders_entries_and_that_none_is_missing()
    {
        var receipt = Receipt.FromJson(WongsReceipt().ToJson());

        Assert.Empty(receipt.Verify(Pem));
        Assert.True(receipt.ProvesCompleteness);
        Assert.Equal(6, receipt.Entries.Count);
        Assert.Equal(3, receipt.Checkpoint.Version);
        Assert.Equal([Asset.HkdCents, Asset.Units, Asset.Units], receipt.Balance!.Leaf.Accounts.Select(a => a.Asset));
    }

    [Fact]
    public void A_credit_leg_edited_to_another_asset_is_refused()
    {
        var json = JsonNode.Parse(WongsReceipt().ToJson())!;
        var last = json["entries"]!.AsArray()[^1]!["entry"]!;
        last["credit"]!["asset"] = "hkdCents";

        var problems = Receipt.FromJson(json.ToJsonString()).Verify(Pem);

        Assert.Contains(problems, p => p.Contains("its credit leg holds hkd but its debit leg units", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("asset", "hkdCents")]
    [InlineData("note", "paid in full")]
    public void A_field_shown_but_not_read_as_written_is_refused_when_read(string field, string value)
    {
        var json = JsonNode.Parse(WongsReceipt().ToJson())!;
        json["entries"]!.AsArray()[0]!["entry"]![field] = value;

        var ex = Assert.Throws<JsonException>(() => Receipt.FromJson(json.ToJsonString()));

        Assert.Contains($"$.entries[0].entry.{field}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_with_no_entries_is_refused()
    {
        var receipt = WongsReceipt(balances: false) with { Entries = [] };

        Assert.Contains(receipt.Verify(Pem), p => p.Contains("holds no entries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_receipt_with_an_entry_dropped_is_refused()
    {
        var receipt = WongsReceipt();
        var dropped = receipt with { Entries = receipt.Entries.Where(e => e.Entry.Seq != 7).ToArray() };

        var problems = dropped.Verify(Pem);

        Assert.Contains(problems, p => p.Contains($"account {Wong}/units: the checkpoint commits to balance 550", StringComparison.Ordinal)
                                       && p.Contains("entries are missing or added", StringComparison.Ordinal));
    }

    [Fact]
    public void Dropping_a_pending_transfer_and_its_void_is_refused_though_no_balance_changes()
    {
        var receipt = WongsReceipt();
        var dropped = receipt with { Entries = receipt.Entries.Where(e => e.Entry.Seq is not (5 or 6)).ToArray() };

        var problems = dropped.Verify(Pem);

        Assert.Contains(problems, p => p.Contains("over 5 entries", StringComparison.Ordinal) && p.Contains("over 3:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_shown_twice_is_refused()
    {
        var receipt = WongsReceipt();
        var twice = receipt with { Entries = [.. receipt.Entries, receipt.Entries[^1]] };

        Assert.Contains(twice.Verify(Pem), p => p.Contains("appears more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_balance_leaf_edited_or_of_another_holder_is_refused()
    {
        var receipt = WongsReceipt();
        var leaf = receipt.Balance!.Leaf;
        var richer = receipt with { Balance = receipt.Balance with { Leaf = leaf with { Accounts = [.. leaf.Accounts.SkipLast(1), leaf.Accounts[^1] with { Balance = 10_000 }] } } };
        var chans = Receipt.For(Entries(), Chan, receipt.Checkpoint, Pem);

        Assert.Contains(richer.Verify(Pem), p => p.Contains("does not lead to the checkpoint's balance root", StringComparison.Ordinal));
        Assert.Contains((receipt with { Balance = chans.Balance }).Verify(Pem), p => p.Contains($"the balance proof is for holder {Chan}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proof_with_a_negative_sum_is_refused()
    {
        var receipt = WongsReceipt();
        var path = receipt.Balance!.Path;
        var negative = receipt with { Balance = receipt.Balance with { Path = [path[0] with { Units = -1 }, .. path.Skip(1)] } };

        Assert.Contains(negative.Verify(Pem), p => p.Contains("negative sum", StringComparison.Ordinal));
    }

    [Fact]
    public void The_balance_tree_sums_to_the_units_outstanding_and_the_cash_paid_in()
    {
        var journal = Entries();

        var tree = BalanceTree.Commit(BalanceTree.Leaves(journal));
        var mirrors = BalanceTree.Leaves(journal, BalanceTree.IsMirror).ToDictionary(l => l.Holder, l => l.Node());

        Assert.Equal(2000, tree.Units);
        Assert.Equal(-mirrors[SystemAccounts.Issuance].Units, tree.Units);
        Assert.Equal(50_000, tree.Hkd);
        Assert.Equal(-mirrors[SystemAccounts.CashIn].Hkd, tree.Hkd);
        Assert.Equal(3, tree.Holders);
    }

    [Fact]
    public void Every_holder_of_trees_up_to_20_proves_into_the_root()
    {
        for (var n = 1; n <= 20; n++)
        {
            var leaves = Enumerable.Range(0, n).Select(i => new BalanceLeaf($"h{i:D2}", [new HeldAccount(Asset.Units, "", i + 1, 0, 0, 1)])).ToArray();
            var levels = BalanceTree.Levels(leaves);
            var commitment = BalanceTree.Commit(leaves);
            Assert.Equal(n * (n + 1) / 2, commitment.Units);
            for (var i = 0; i < n; i++)
            {
                Assert.Null(BalanceTree.VerifyInclusion(leaves[i], i, BalanceTree.InclusionProof(levels, i), commitment));
                Assert.NotNull(BalanceTree.VerifyInclusion(leaves[i], (i + 1) % n == i ? n : (i + 1) % n, BalanceTree.InclusionProof(levels, i), commitment));
            }
        }
    }

    [Fact]
    public void A_receipt_of_an_older_checkpoint_still_verifies_and_says_it_proves_no_completeness()
    {
        var receipt = WongsReceipt(balances: false);
        // Written before version 3: nulls written out, no balance proof.
        var json = JsonNode.Parse(receipt.ToJson())!;
        json["checkpoint"]!["auditHead"] = null;
        json["entries"]!.AsArray()[0]!["entry"]!["pendingId"] = null;

        var reread = Receipt.FromJson(json.ToJsonString());

        Assert.Empty(reread.Verify(Pem));
        Assert.False(reread.ProvesCompleteness);
        Assert.Equal(1, reread.Checkpoint.Version);
        Assert.Contains((reread with { Balance = WongsReceipt().Balance }).Verify(Pem), p => p.Contains("commits to no balances", StringComparison.Ordinal));
    }
}
