using System.Security.Cryptography;
using Dapper;
using Redev.Ledger;
using Redev.Store.Ledger;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

public sealed class AuditTrailTests
{
    private static async Task<(LedgerFixture F, ECDsa Notary)> WithThreeLinksAsync(StoreKind kind)
    {
        var f = await CreateAsync(kind, funded: ("A", 10));
        var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        foreach (var owner in new[] { "CHAN Tai Man", "WONG Yuk Lan", "LEE Siu Ming" })
        {
            await AuditTrail.AppendAsync(f.Store.Database, SchemeUnderTest, AuditRecord.OwnerLinked, "notary", owner, "{}", Start, notary);
        }
        return (f, notary);
    }

    /// <summary>Edits the store behind the ledger's back, as someone with database access could; <c>@s</c> is the scheme under test.</summary>
    private static async Task TamperAsync(LedgerFixture f, string sql)
    {
        await using var conn = await f.Store.Database.OpenAsync();
        await conn.ExecuteAsync(sql, new { s = SchemeUnderTest.Value });
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Records_are_chained_in_order_and_verify(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;

        var trail = await AuditTrail.ReadAsync(f.Store.Database, SchemeUnderTest);
        var report = await LedgerVerifier.VerifyAsync(f.Store.Database, notary);

        Assert.Equal([1L, 2, 3], trail.Select(x => x.Record.Seq));
        Assert.Equal(trail[0].Record.Hash, trail[1].Record.PrevHash);
        Assert.Equal("WONG Yuk Lan", trail[1].Record.Subject);
        Assert.True(report.Ok, string.Join("; ", report.Problems));
        Assert.Equal(3, report.AuditRecords);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Changing_a_records_owner_in_the_database_is_named_by_verify(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;
        await TamperAsync(f, "UPDATE ledger_audit SET subject = 'SOMEONE Else' WHERE scheme_id = @s AND seq = 2");

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database);

        var problem = Assert.Single(report.Problems);
        Assert.Contains("audit record #2", problem, StringComparison.Ordinal);
        Assert.Contains("does not match its hash", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Deleting_a_record_leaves_a_gap_that_verify_names(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;
        await TamperAsync(f, "DELETE FROM ledger_audit WHERE scheme_id = @s AND seq = 2");

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database);

        Assert.Contains(report.Problems, p => p.Contains("audit record #3", StringComparison.Ordinal) && p.Contains("gap", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_trail_rewritten_and_re_signed_with_another_key_fails_against_the_notarys_key(StoreKind kind)
    {
        await using var f = await CreateAsync(kind);
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await AuditTrail.AppendAsync(f.Store.Database, SchemeUnderTest, AuditRecord.OwnerLinked, "notary", "CHAN Tai Man", "{}", Start, forger);

        var unpinned = await LedgerVerifier.VerifyAsync(f.Store.Database);
        var pinned = await LedgerVerifier.VerifyAsync(f.Store.Database, notary);

        Assert.True(unpinned.Ok);
        var problem = Assert.Single(pinned.Problems);
        Assert.Contains("audit record #1", problem, StringComparison.Ordinal);
        Assert.Contains("signature does not verify under the notary key given", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_record_appended_in_a_transaction_that_rolls_back_is_not_there(StoreKind kind)
    {
        await using var f = await CreateAsync(kind);
        using var notary = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using (var conn = await f.Store.Database.OpenAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await AuditTrail.AppendAsync(conn, tx, kind, SchemeUnderTest, AuditRecord.OwnerLinked, "notary", "CHAN Tai Man", "{}", Start, notary);
            await tx.RollbackAsync();
        }

        Assert.Empty(await AuditTrail.ReadAsync(f.Store.Database, SchemeUnderTest));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_hash_or_key_edited_into_something_unreadable_is_named_by_verify_not_a_crash(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;
        await TamperAsync(f, "UPDATE ledger_audit SET hash = 'not hex' WHERE scheme_id = @s AND seq = 2");
        await TamperAsync(f, "UPDATE ledger_entries SET id = 'not an id' WHERE scheme_id = @s AND seq = 1");

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database);

        Assert.Contains(report.Problems, p => p.StartsWith($"scheme {SchemeUnderTest}, entry #1: a stored field cannot be read", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("audit record #2", StringComparison.Ordinal) && p.Contains("does not match its hash", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Deleting_the_newest_record_after_a_checkpoint_is_named_by_verify(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;
        var checkpoint = await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);
        Assert.Equal(3, checkpoint.AuditCount);
        await TamperAsync(f, "DELETE FROM ledger_audit WHERE scheme_id = @s AND seq = 3");

        var report = await LedgerVerifier.VerifyAsync(f.Store.Database, notary);

        var problem = Assert.Single(report.Problems);
        Assert.Contains("signed an audit trail of 3 record(s), but audit record #3 is no longer the one it signed", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_receipt_signed_over_an_audit_trail_still_verifies_offline(StoreKind kind)
    {
        var (f, notary) = await WithThreeLinksAsync(kind);
        await using var _ = f;
        using var __ = notary;

        await f.Store.Checkpoints.SignAsync(SchemeUnderTest, notary, Start);
        var receipt = (await f.Store.Journal.ReceiptAsync(SchemeUnderTest, "A")).Receipt!;
        var reread = Receipt.FromJson(receipt.ToJson());

        Assert.Equal(3, reread.Checkpoint.AuditCount);
        Assert.Empty(reread.Verify(NotaryKey.PublicPem(notary)));
        Assert.NotEmpty((reread with { Checkpoint = reread.Checkpoint with { AuditCount = 2 } }).Verify(NotaryKey.PublicPem(notary)));
    }
}
