using System.Security.Cryptography;
using Dapper;
using Redev.Ledger;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

/// <summary>Receipts read from a store (which signs nothing) and the balance tree verify checks, on SQLite and PostgreSQL.</summary>
public class ReceiptStoreTests
{
    private static async Task<long> CheckpointCountAsync(LedgerFixture f)
    {
        await using var conn = await f.Store.Database.OpenAsync();
        return await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM ledger_checkpoints");
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Reading_a_receipt_signs_nothing_and_needs_a_checkpoint_over_the_holders_entries(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 100), ("C", 5)]);
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var before = await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A");
        Assert.Equal(ReceiptRefusals.NoCheckpoint, before.Refusal?.Code);
        Assert.Contains("the notary must sign one", before.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CheckpointCountAsync(f));
        Assert.Equal(ReceiptRefusals.NoEntries, (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "Nobody")).Refusal?.Code);

        await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);
        var receipt = (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A")).Receipt!;
        Assert.Empty(Receipt.FromJson(receipt.ToJson()).Verify(NotaryKey.PublicPem(notary)));
        Assert.True(receipt.ProvesCompleteness);

        // A later entry of someone else leaves A's receipt standing; one of A's needs a new checkpoint.
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("C"), Units("D"), 2));
        Assert.NotNull((await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A")).Receipt);
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 7));
        Assert.Equal(ReceiptRefusals.NoCheckpoint, (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A")).Refusal?.Code);
        Assert.Equal(1, await CheckpointCountAsync(f));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_receipt_with_an_entry_dropped_is_refused(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 100)]);
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 7));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("B"), Units("C"), 3));
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);
        var receipt = (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "B")).Receipt!;

        var dropped = receipt with { Entries = [receipt.Entries[0]] };

        Assert.Empty(receipt.Verify(NotaryKey.PublicPem(notary)));
        Assert.Contains(dropped.Verify(NotaryKey.PublicPem(notary)), p => p.Contains("account B/units: the checkpoint commits to balance 4", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_balance_tree_sums_to_the_units_outstanding_and_verify_checks_it(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 100), ("C", 5)]);
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 7));
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var signed = await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);

        Assert.Equal(105, signed.Balances!.Units);
        Assert.Equal(3, signed.Balances.Holders);
        var stored = (await f.Store.Journal.CheckpointsAsync(SchemeUnderTest))[^1].Checkpoint;
        Assert.Equal(signed.Balances.Root, stored.Balances!.Root);
        Assert.True(stored.VerifySignature(notary));
        Assert.True((await LedgerVerifier.VerifyAsync(f.Store.Database, notary)).Ok);

        // The notary's key signing a false proof of liabilities (A's 93 units left out) is caught by verify.
        var entries = await f.Store.Journal.EntriesAsync(SchemeUnderTest);
        var lying = BalanceTree.Commit(BalanceTree.Leaves(entries).Where(l => l.Holder != "A").ToArray());
        var forged = Checkpoint.Sign(SchemeUnderTest, signed.Count, signed.Root, Start.AddMinutes(1), notary, balances: lying);
        await InsertAsync(f, forged, NotaryKey.PublicPem(notary));

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database, notary);

        Assert.Contains(report.Problems, p => p.Contains("its balance tree does not match what the journal's first 3 entries add up to", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("its balance tree sums to 12 units and 0 cents, but the journal shows 105 units outstanding", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_older_checkpoint_still_verifies_and_gives_a_receipt_marked_as_proving_no_completeness(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 100)]);
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var entries = await f.Store.Journal.EntriesAsync(SchemeUnderTest);
        var v1 = Checkpoint.Sign(SchemeUnderTest, entries.Count, Merkle.Root(entries.Select(e => Merkle.Leaf(e.Hash)).ToArray()), Start, notary);
        await InsertAsync(f, v1, NotaryKey.PublicPem(notary), withBalances: false);

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database, notary);
        var receipt = (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A")).Receipt!;

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(1, receipt.Checkpoint.Version);
        Assert.False(receipt.ProvesCompleteness);
        Assert.Empty(Receipt.FromJson(receipt.ToJson()).Verify(NotaryKey.PublicPem(notary)));
    }

    /// <summary>Stores a checkpoint as a build from before version 3 did (no balance columns given), or with them.</summary>
    private static async Task InsertAsync(LedgerFixture f, Checkpoint c, string pem, bool withBalances = true)
    {
        await using var conn = await f.Store.Database.OpenAsync();
        var b = c.Balances;
        await conn.ExecuteAsync(withBalances
            ? """
              INSERT INTO ledger_checkpoints (scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head, balance_root, balance_holders, balance_units, balance_hkd)
              VALUES (@S, @N, @R, @T, @G, @K, 0, '', @BR, @BN, @BU, @BH)
              """
            : """
              INSERT INTO ledger_checkpoints (scheme_id, entry_count, root, signed_at_ticks, signature, public_key, audit_count, audit_head)
              VALUES (@S, @N, @R, @T, @G, @K, 0, '')
              """,
            new
            {
                S = c.Scheme.Value, N = c.Count, R = Convert.ToHexStringLower(c.Root), T = c.SignedAt.UtcTicks, G = Convert.ToHexStringLower(c.Signature), K = pem,
                BR = b is null ? "" : Convert.ToHexStringLower(b.Root), BN = b?.Holders ?? 0, BU = b?.Units ?? 0, BH = b?.Hkd ?? 0,
            });
    }
}
