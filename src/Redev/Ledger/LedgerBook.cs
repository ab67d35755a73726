using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// The ledger's state in memory: balances, open pending entries, used ids and chain heads. The
/// store loads it at start and changes it only after the database has committed a
/// <see cref="LedgerDraft"/>, so it always equals what is on disk.
/// </summary>
/// <remarks>
/// Keeping the state in memory is what lets one writer validate thousands of transfers per
/// database transaction; it is safe because each store has exactly one writer (see LedgerStore).
/// </remarks>
public sealed class LedgerBook
{
    internal Dictionary<(SchemeId, AccountRef), AccountBalance> Accounts { get; } = [];
    internal Dictionary<Guid, OpenPending> Pendings { get; } = [];
    internal SortedSet<(DateTimeOffset Expires, Guid Id)> ByExpiry { get; } = [];
    internal Dictionary<Guid, UsedId> Ids { get; } = [];
    internal Dictionary<SchemeId, ChainHead> Heads { get; } = [];

    public AccountBalance? Balance(SchemeId scheme, AccountRef account) =>
        Accounts.TryGetValue((scheme, account), out var b) ? b : null;

    public ChainHead Head(SchemeId scheme) => Heads.GetValueOrDefault(scheme, ChainHead.Empty);

    public OpenPending? Pending(Guid id) => Pendings.GetValueOrDefault(id);

    public UsedId? Used(Guid id) => Ids.GetValueOrDefault(id);

    /// <summary>Schemes with a pending transfer due to expire by <paramref name="now"/> (the writer must know their state).</summary>
    public IEnumerable<SchemeId> SchemesWithPendingsDue(DateTimeOffset now) =>
        ByExpiry.TakeWhile(x => x.Expires <= now).Select(x => Pendings[x.Id].Scheme).Distinct();

    /// <summary>Whether a pending transfer falls due in (<paramref name="after"/>, <paramref name="until"/>].</summary>
    public bool AnyPendingDue(DateTimeOffset after, DateTimeOffset until) =>
        ByExpiry.TakeWhile(x => x.Expires <= until).Any(x => x.Expires > after);

    public IEnumerable<((SchemeId Scheme, AccountRef Account) Key, AccountBalance Balance)> AllAccounts() =>
        Accounts.Select(kv => (kv.Key, kv.Value));

    // Loading, used only by a store rebuilding the book from its tables.
    public void LoadAccount(SchemeId scheme, AccountRef account, AccountBalance balance) => Accounts[(scheme, account)] = balance;

    public void LoadPending(OpenPending p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Pendings[p.Id] = p;
        ByExpiry.Add((p.Expires, p.Id));
    }

    public void LoadId(Guid id, UsedId used) => Ids[id] = used;

    public void LoadHead(SchemeId scheme, ChainHead head) => Heads[scheme] = head;

    /// <summary>Starts a set of changes to validate against this book and commit together.</summary>
    public LedgerDraft Begin(DateTimeOffset now, Func<SchemeId, SchemeState?> schemeState) => new(this, now, schemeState);

    internal void Apply(LedgerDraft d)
    {
        foreach (var (k, v) in d.Accounts)
        {
            Accounts[k] = v;
        }
        foreach (var (id, p) in d.PendingChanges)
        {
            if (p is null)
            {
                if (Pendings.Remove(id, out var old))
                {
                    ByExpiry.Remove((old.Expires, id));
                }
            }
            else
            {
                Pendings[id] = p;
                ByExpiry.Add((p.Expires, id));
            }
        }
        foreach (var (id, used) in d.NewIds)
        {
            Ids[id] = used;
        }
        foreach (var (s, h) in d.Heads)
        {
            Heads[s] = h;
        }
    }
}
