using Dapper;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

/// <summary>The ledger's contract, on SQLite and on a real PostgreSQL.</summary>
public class LedgerContractTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_transfer_moves_units_and_survives_reopening_the_store(StoreKind kind)
    {
        StoreLocation location;
        await using (var f = await CreateAsync(kind, funded: ("A", 100)))
        {
            await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 30));
            location = f.Location;
        }
        await using var reopened = await RedevStore.OpenAsync(location);
        await AssertServesAndVerifiesAsync(reopened, ("A", 70), ("B", 30));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_refused_batch_writes_nothing(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var before = await Snapshot.TakeAsync(f.Store.Database);
        var cases = new (string Code, TransferRequest[] Batch)[]
        {
            ("unknown-account", [f.Transfer(Units("A"), Units("Z"), 1)]),
            ("asset-mismatch", [f.Transfer(Units("A"), new AccountRef("B", Asset.HkdCents), 1)]),
            ("bad-amount", [f.Transfer(Units("A"), Units("B"), 0)]),
            ("bad-amount", [f.Transfer(Units("A"), Units("B"), -3)]),
            ("insufficient", [f.Transfer(Units("A"), Units("B"), 60), f.Transfer(Units("A"), Units("C"), 60)]),
            ("pledged", [f.Transfer(new AccountRef("A", Asset.Units, "Bank"), Units("B"), 1)]),
        };
        foreach (var (code, batch) in cases)
        {
            var outcome = await f.Store.Ledger.SubmitAsync(batch);
            Assert.False(outcome.Succeeded);
            Assert.Equal(code, outcome.Refusal!.Code);
        }
        Assert.Equal(before, await Snapshot.TakeAsync(f.Store.Database));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_reused_id_with_other_content_is_refused_and_a_replay_changes_nothing(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var t = f.Transfer(Units("A"), Units("B"), 10);
        var first = await f.Store.Ledger.SubmitOneAsync(t);
        var before = await Snapshot.TakeAsync(f.Store.Database);

        var replay = await f.Store.Ledger.SubmitOneAsync(t);
        var reused = await f.Store.Ledger.SubmitAsync([t with { Amount = 11 }]);

        Assert.Equal((first.Seq, true), (replay.Seq, replay.Replayed));
        Assert.Equal("id-reused", reused.Refusal!.Code);
        Assert.Equal(before, await Snapshot.TakeAsync(f.Store.Database));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_expired_pending_transfer_is_voided_by_the_ledger_and_cannot_be_posted(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var pending = f.Transfer(Units("A"), Units("B"), 70) with { Kind = EntryKind.Pending, Expires = Start.AddDays(3) };
        await f.Store.Ledger.SubmitOneAsync(pending);
        Assert.Equal(70, (await f.AccountAsync(Units("A"))).PendingDebits);

        f.Time.Now = Start.AddDays(3).AddSeconds(1);
        var post = await f.Store.Ledger.SubmitAsync([pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null }]);

        Assert.Equal("pending-not-found", post.Refusal!.Code);
        var a = await f.AccountAsync(Units("A"));
        Assert.Equal(new AccountBalance(100, 0, 0), a);
        var entries = await f.Store.Journal.EntriesAsync(SchemeUnderTest, "A");
        Assert.Equal(EntryKind.VoidPending, entries[^1].Kind);
        Assert.Equal("@ledger", entries[^1].AuthorizedBy);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_lapsed_schemes_units_cannot_move(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, SchemeState.Lapsed);
        var outcome = await f.Store.Ledger.SubmitAsync([f.Transfer(AccountRef.Issuance, Units("A"), 5, TransferCode.Issue)]);
        Assert.Equal("scheme-state", outcome.Refusal!.Code);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Editing_an_entry_in_the_database_is_named_by_verify(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        for (var i = 0; i < 5; i++)
        {
            await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 1 + i));
        }
        Assert.True((await LedgerVerifier.VerifyAsync(f.Store.Database)).Ok);
        var report = await f.TamperAndVerifyAsync("UPDATE ledger_entries SET amount = 500 WHERE scheme_id = @s AND seq = 4");
        Assert.False(report.Ok);
        Assert.StartsWith($"scheme {SchemeUnderTest}, entry #4 (id ", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains("its content does not match its hash", report.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_entry_chained_in_behind_the_ledgers_back_with_a_used_id_is_named_by_verify(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var first = f.Transfer(Units("A"), Units("B"), 1);
        await f.Store.Ledger.SubmitOneAsync(first);
        var last = (await f.Store.Journal.EntriesAsync(SchemeUnderTest))[^1];
        var forged = LedgerEntry.Create(first with { Amount = 2 }, last.Seq + 1, Start, last.Hash);
        await using (var conn = await f.Store.Database.OpenAsync())
        {
            await conn.ExecuteAsync("""
                INSERT INTO ledger_entries (scheme_id, seq, id, kind, code, asset, debit_holder, debit_pledged_to, credit_holder, credit_pledged_to,
                    amount, pending_id, expires_ticks, timestamp_ticks, authorized_by, metadata, prev_hash, hash)
                VALUES (@S, @Seq, @Id, 'Posted', 'Transfer', 'units', 'A', '', 'B', '', 2, NULL, NULL, @T, @By, @M, @P, @H)
                """, new { S = SchemeUnderTest.Value, forged.Seq, Id = forged.Id.ToString("N"), T = forged.Timestamp.UtcTicks, By = forged.AuthorizedBy,
                M = forged.Metadata, P = Convert.ToHexStringLower(forged.PrevHash), H = Convert.ToHexStringLower(forged.Hash) });
        }

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database);

        Assert.Contains(report.Problems, p => p.StartsWith($"scheme {SchemeUnderTest}, entry #{forged.Seq}", StringComparison.Ordinal)
            && p.Contains($"its id was already used by scheme {SchemeUnderTest}, entry #{last.Seq}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_balance_edited_in_the_database_is_caught_by_verify(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var report = await f.TamperAndVerifyAsync("UPDATE ledger_accounts SET snapshot_balance = 1000000 WHERE holder = 'A' AND asset = 'units' AND pledged_to = ''");
        Assert.Contains(report.Problems, p => p.Contains("account A/units: stored balance 1000000", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_receipt_verifies_offline_and_fails_when_tampered_with(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: [("A", 100), ("C", 5)]);
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("A"), Units("B"), 7));
        await f.Store.Ledger.SubmitOneAsync(f.Transfer(Units("C"), Units("D"), 2));
        using var notary = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var pem = NotaryKey.PublicPem(notary);

        await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);
        var receipt = Receipt.FromJson((await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "B")).Receipt!.ToJson());

        Assert.Empty(receipt.Verify(pem));
        Assert.Equal(4, receipt.Checkpoint.Count);
        var forged = receipt with { Entries = [receipt.Entries[0] with { Entry = receipt.Entries[0].Entry with { Amount = 70 } }] };
        Assert.Contains(forged.Verify(pem), p => p.Contains("hash does not match", StringComparison.Ordinal));
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        Assert.Contains(receipt.Verify(NotaryKey.PublicPem(other)), p => p.Contains("signature does not verify", StringComparison.Ordinal));
        Assert.True((await LedgerVerifier.VerifyAsync(f.Store.Database)).Ok);
    }
}
