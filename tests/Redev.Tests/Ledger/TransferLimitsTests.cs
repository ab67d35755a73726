using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Tests.Ledger;

/// <summary>Caps on the free text that reaches the hash-chained journal.</summary>
public class TransferLimitsTests
{
    private static readonly SchemeId S = SchemeId.Parse("s1");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly AccountRef A = new("A", Asset.Units);
    private static readonly AccountRef B = new("B", Asset.Units);

    [Theory]
    [InlineData("note")]
    [InlineData("reason")]
    public void A_note_or_reason_over_the_cap_is_refused_with_its_own_code(string field)
    {
        var refusal = TransferRules.CheckNote(field, new string('x', TransferRules.MaxNoteLength + 1));

        Assert.Equal(field + "-too-long", refusal?.Code);
        Assert.Null(TransferRules.CheckNote(field, new string('x', TransferRules.MaxNoteLength)));
        Assert.Null(TransferRules.CheckNote(field, null));
    }

    [Fact]
    public void Metadata_over_the_cap_never_reaches_the_journal()
    {
        var book = new LedgerBook();
        var draft = book.Begin(Now, _ => SchemeState.Vested);
        draft.OpenAccounts(S, [.. SystemAccounts.All, A, B]);
        var huge = new string('x', 8 * 1024 * 1024);

        var applied = draft.TryApply([new TransferRequest(Guid.NewGuid(), S, AccountRef.Issuance, A, 1, TransferCode.Issue, Metadata: huge)], out var refusal);

        Assert.Null(applied);
        Assert.Equal("metadata-too-long", refusal?.Code);
    }
}
