using Redev.Ledger;
using Redev.Store;
using Redev.Store.Tests.Support;
using static Redev.Store.Tests.Ledger.LedgerFixture;

namespace Redev.Store.Tests.Ledger;

/// <summary>Reading one two-phase transfer's whole story (the pending entry and what decided it) from the journal.</summary>
public class TransferHistoryTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_entries_of_a_transfer_are_its_pending_entry_and_the_post_that_decided_it_and_nothing_else(StoreKind kind)
    {
        await using var f = await CreateAsync(kind, funded: ("A", 100));
        var pending = f.Transfer(Units("A"), Units("B"), 30) with { Kind = EntryKind.Pending, Expires = Start.AddDays(14) };
        var other = f.Transfer(Units("A"), Units("B"), 5);
        await f.Store.Ledger.SubmitOneAsync(pending);
        await f.Store.Ledger.SubmitOneAsync(other);
        var post = pending with { Id = Guid.NewGuid(), Kind = EntryKind.PostPending, PendingId = pending.Id, Expires = null };
        await f.Store.Ledger.SubmitOneAsync(post);

        var story = await f.Store.Journal.EntriesOfTransferAsync(SchemeUnderTest, pending.Id);

        Assert.Equal([(pending.Id, EntryKind.Pending), (post.Id, EntryKind.PostPending)], story.Select(e => (e.Id, e.Kind)).ToArray());
    }
}
