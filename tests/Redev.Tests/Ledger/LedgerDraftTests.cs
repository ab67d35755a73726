using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Tests.Ledger;

/// <summary>The write-time rules, on the in-memory book (the stores' contract tests repeat the key ones on disk).</summary>
public class LedgerDraftTests
{
    private static readonly SchemeId S = SchemeId.Parse("s1");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly AccountRef A = new("A", Asset.Units);
    private static readonly AccountRef B = new("B", Asset.Units);
    private static readonly AccountRef ACash = new("A", Asset.HkdCents);
    private static readonly AccountRef APledged = new("A", Asset.Units, "Bank");

    private static (LedgerBook Book, LedgerDraft Draft) Setup(SchemeState state = SchemeState.Vested, long issueToA = 100)
    {
        var book = new LedgerBook();
        var open = book.Begin(Now, _ => SchemeState.Vested);
        open.OpenAccounts(S, [.. SystemAccounts.All, A, B, ACash, APledged]);
        if (issueToA > 0)
        {
            Assert.NotNull(open.TryApply([T(AccountRef.Issuance, A, issueToA, TransferCode.Issue)], out _));
        }
        open.CommitToBook();
        return (book, book.Begin(Now, _ => state));
    }

    private static TransferRequest T(AccountRef from, AccountRef to, long amount, TransferCode code = TransferCode.Transfer, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), S, from, to, amount, code);

    private static string Refused(LedgerDraft d, params TransferRequest[] batch)
    {
        Assert.Null(d.TryApply(batch, out var refusal));
        return refusal!.Code;
    }

    [Fact]
    public void A_holder_cannot_spend_more_than_it_has() => Assert.Equal("insufficient", Refused(Setup().Draft, T(A, B, 101)));

    [Fact]
    public void Issuance_may_go_negative_because_it_mirrors_units_outstanding()
    {
        var (book, d) = Setup(issueToA: 0);
        Assert.NotNull(d.TryApply([T(AccountRef.Issuance, B, 50, TransferCode.Issue)], out _));
        d.CommitToBook();
        Assert.Equal(-50, book.Balance(S, AccountRef.Issuance)!.Value.Balance);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Zero_and_negative_amounts_are_refused(long amount) => Assert.Equal("bad-amount", Refused(Setup().Draft, T(A, B, amount)));

    [Fact]
    public void Unknown_accounts_are_refused() => Assert.Equal("unknown-account", Refused(Setup().Draft, T(A, new AccountRef("Z", Asset.Units), 1)));

    [Fact]
    public void Moving_units_into_a_cash_account_is_refused() => Assert.Equal("asset-mismatch", Refused(Setup().Draft, T(A, ACash, 1)));

    [Theory]
    [InlineData(SchemeState.Lapsed)]
    [InlineData(SchemeState.Closed)]
    [InlineData(SchemeState.Enrolling)]
    public void Nothing_moves_outside_the_schemes_live_states(SchemeState state) =>
        Assert.Equal("scheme-state", Refused(Setup(state).Draft, T(A, B, 1)));

    [Fact]
    public void A_linked_batch_is_all_or_nothing()
    {
        var (book, d) = Setup();
        Assert.Equal("insufficient", Refused(d, T(A, B, 60), T(A, B, 60)));
        Assert.Empty(d.NewEntries);
        d.CommitToBook();
        Assert.Equal(100, book.Balance(S, A)!.Value.Balance);
        Assert.Equal(1, book.Head(S).Seq);
    }

    [Fact]
    public void Replaying_an_id_with_the_same_content_returns_the_original_result()
    {
        var (_, d) = Setup();
        var t = T(A, B, 10);
        var first = d.TryApply([t], out _)!;
        var again = d.TryApply([t], out _)!;
        Assert.False(first[0].Replayed);
        Assert.True(again[0].Replayed);
        Assert.Equal(first[0].Seq, again[0].Seq);
        Assert.Single(d.NewEntries);
    }

    [Fact]
    public void Reusing_an_id_for_different_content_is_refused()
    {
        var (_, d) = Setup();
        var id = Guid.NewGuid();
        Assert.NotNull(d.TryApply([T(A, B, 10, id: id)], out _));
        Assert.Equal("id-reused", Refused(d, T(A, B, 11, id: id)));
    }

    [Fact]
    public void A_pending_transfer_reserves_the_amount_until_posted()
    {
        var (book, d) = Setup();
        var pending = new TransferRequest(Guid.NewGuid(), S, A, B, 70, TransferCode.Transfer, EntryKind.Pending, Expires: Now.AddHours(1));
        Assert.NotNull(d.TryApply([pending], out _));
        Assert.Equal("insufficient", Refused(d, T(A, B, 31)));
        var post = pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null };
        Assert.NotNull(d.TryApply([post], out _));
        d.CommitToBook();
        Assert.Equal((30L, 70L), (book.Balance(S, A)!.Value.Balance, book.Balance(S, B)!.Value.Balance));
        Assert.Equal(0, book.Balance(S, A)!.Value.PendingDebits);
    }

    [Fact]
    public void A_voided_pending_transfer_releases_its_reservation()
    {
        var (book, d) = Setup();
        var pending = new TransferRequest(Guid.NewGuid(), S, A, B, 70, TransferCode.Transfer, EntryKind.Pending, Expires: Now.AddHours(1));
        d.TryApply([pending], out _);
        Assert.NotNull(d.TryApply([pending with { Id = Guid.NewGuid(), Kind = EntryKind.VoidPending, PendingId = pending.Id, Expires = null }], out _));
        Assert.Equal("pending-not-found", Refused(d, pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null }));
        d.CommitToBook();
        Assert.Equal(new AccountBalance(100, 0, 0), book.Balance(S, A));
    }

    [Fact]
    public void An_expired_pending_transfer_voids_itself_and_cannot_be_posted()
    {
        var (book, d) = Setup();
        var pending = new TransferRequest(Guid.NewGuid(), S, A, B, 70, TransferCode.Transfer, EntryKind.Pending, Expires: Now.AddMinutes(5));
        d.TryApply([pending], out _);
        d.CommitToBook();

        var later = book.Begin(Now.AddMinutes(6), _ => SchemeState.Vested);
        var post = pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null };
        var voided = later.ExpirePendings();
        Assert.Single(voided);
        Assert.Equal(EntryKind.VoidPending, voided[0].Kind);
        Assert.Equal("pending-not-found", Refused(later, post));
        later.CommitToBook();
        Assert.Equal(new AccountBalance(100, 0, 0), book.Balance(S, A));
    }

    [Fact]
    public void Posting_after_expiry_is_refused_even_before_the_sweep()
    {
        var (book, d) = Setup();
        var pending = new TransferRequest(Guid.NewGuid(), S, A, B, 70, TransferCode.Transfer, EntryKind.Pending, Expires: Now.AddMinutes(5));
        d.TryApply([pending], out _);
        d.CommitToBook();
        var later = book.Begin(Now.AddMinutes(6), _ => SchemeState.Vested);
        Assert.Equal("pending-expired", Refused(later, pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null }));
    }

    [Fact]
    public void Pledged_units_count_for_the_owner_but_move_only_when_the_mortgagee_releases_them()
    {
        var (book, d) = Setup();
        Assert.NotNull(d.TryApply([T(A, APledged, 40, TransferCode.Pledge)], out _));
        Assert.Equal("pledged", Refused(d, T(APledged, B, 10)));
        Assert.Equal("release-not-authorised", Refused(d, T(APledged, A, 10, TransferCode.Release)));
        var release = T(APledged, A, 10, TransferCode.Release) with { AuthorizedBy = "Bank" };
        Assert.NotNull(d.TryApply([release], out _));
        d.CommitToBook();
        Assert.Equal((70L, 30L), (book.Balance(S, A)!.Value.Balance, book.Balance(S, APledged)!.Value.Balance));
    }

    [Fact]
    public void Every_entry_links_to_the_one_before_it()
    {
        var (_, d) = Setup();
        d.TryApply([T(A, B, 1), T(A, B, 2)], out _);
        var (first, second) = (d.NewEntries[0], d.NewEntries[1]);
        Assert.Equal(first.Hash, second.PrevHash);
        Assert.Equal(first.Seq + 1, second.Seq);
        Assert.Equal(second.Hash, EntryCodec.Hash(second));
        Assert.NotEqual(second.Hash, EntryCodec.Hash(second with { Amount = 3 }));
    }
}
