using System.Security.Cryptography;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// Changes being validated for one database transaction: an overlay on a <see cref="LedgerBook"/>.
/// Each linked batch is applied whole or undone whole; what remains is written to the database and,
/// once committed, applied to the book.
/// </summary>
public sealed class LedgerDraft
{
    private readonly LedgerBook _book;
    private readonly DateTimeOffset _now;
    private readonly Func<SchemeId, SchemeState?> _schemeState;
    private readonly List<Action> _undo = [];
    // The rules look the book up through these; made once, not once per transfer.
    private readonly Func<SchemeId, AccountRef, bool> _exists;
    private readonly Func<SchemeId, AccountRef, AccountBalance> _balanceOf;
    private readonly Func<Guid, OpenPending?> _pendingOf;

    internal Dictionary<(SchemeId, AccountRef), AccountBalance> Accounts { get; } = [];
    internal Dictionary<Guid, OpenPending?> PendingChanges { get; } = [];
    internal Dictionary<Guid, UsedId> NewIds { get; } = [];
    internal Dictionary<SchemeId, ChainHead> Heads { get; } = [];

    /// <summary>Entries to write, in chain order per scheme.</summary>
    public List<LedgerEntry> NewEntries { get; } = [];

    /// <summary>Accounts opened in this draft.</summary>
    public List<(SchemeId Scheme, AccountRef Account)> NewAccounts { get; } = [];

    /// <summary>Every account whose balance this draft changed, with its new balance.</summary>
    public IEnumerable<((SchemeId Scheme, AccountRef Account) Key, AccountBalance Balance)> ChangedAccounts =>
        Accounts.Select(kv => (kv.Key, kv.Value));

    internal LedgerDraft(LedgerBook book, DateTimeOffset now, Func<SchemeId, SchemeState?> schemeState)
    {
        _book = book;
        _now = now.ToUniversalTime();
        _schemeState = schemeState;
        _exists = Exists;
        _balanceOf = BalanceOf;
        _pendingOf = PendingOf;
    }

    /// <summary>Applies the draft to the book; call only after the database committed it.</summary>
    public void CommitToBook() => _book.Apply(this);

    /// <summary>Opens accounts (idempotent: an existing account is left as it is).</summary>
    public void OpenAccounts(SchemeId scheme, IEnumerable<AccountRef> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var a in accounts)
        {
            if (!Exists(scheme, a))
            {
                Accounts[(scheme, a)] = default;
                NewAccounts.Add((scheme, a));
            }
        }
    }

    /// <summary>Voids every pending entry whose expiry has passed, as entries of the ledger's own.</summary>
    public IReadOnlyList<LedgerEntry> ExpirePendings()
    {
        var voided = new List<LedgerEntry>();
        foreach (var (_, id) in _book.ByExpiry.TakeWhile(x => x.Expires <= _now).ToArray())
        {
            if (PendingChanges.ContainsKey(id) || _book.Pendings[id] is not { } p)
            {
                continue;
            }
            var request = new TransferRequest(ExpiryId(id), p.Scheme, p.Debit, p.Credit, p.Amount, p.Code, EntryKind.VoidPending, id,
                AuthorizedBy: "@ledger", Metadata: "expired");
            var results = TryApply([request], out var refusal);
            if (results is null)
            {
                throw new InvalidOperationException($"Expiring pending {id} failed: {refusal}");
            }
            voided.Add(NewEntries[^1]);
        }
        return voided;
    }

    /// <summary>The id of the void entry that expires a pending one: derived, so a replayed sweep is idempotent.</summary>
    public static Guid ExpiryId(Guid pendingId)
    {
        Span<byte> b = stackalloc byte[24];
        "expire:"u8.CopyTo(b);
        pendingId.TryWriteBytes(b[7..], bigEndian: true, out _);
        return new Guid(SHA256.HashData(b[..23])[..16]);
    }

    /// <summary>
    /// Applies a linked batch all-or-nothing. Returns the per-transfer results, or null and the
    /// refusal of the first transfer that broke a rule (the draft is then exactly as before).
    /// </summary>
    public IReadOnlyList<TransferResult>? TryApply(IReadOnlyList<TransferRequest> batch, out Refusal? refusal) => TryApply(batch, null, out refusal);

    /// <summary>
    /// As <see cref="TryApply(IReadOnlyList{TransferRequest}, out Refusal?)"/>, with each request's
    /// <see cref="Digest"/> already computed (<paramref name="digests"/>[i] for batch[i]): a store
    /// computes them on its callers' threads, leaving its single writer less to do.
    /// </summary>
    public IReadOnlyList<TransferResult>? TryApply(IReadOnlyList<TransferRequest> batch, IReadOnlyList<byte[]>? digests, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (digests is not null && digests.Count != batch.Count)
        {
            throw new ArgumentException("One digest per request.", nameof(digests));
        }
        refusal = null;
        if (batch.Count == 0)
        {
            refusal = new Refusal("empty-batch", "A batch needs at least one transfer.");
            return null;
        }
        var mark = _undo.Count;
        var entriesMark = NewEntries.Count;
        var results = new List<TransferResult>(batch.Count);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch[i];
            var problem = !seen.Add(r.Id)
                ? new Refusal("id-reused", $"Id {r.Id} appears twice in one batch.")
                : Apply(r, digests?[i] ?? Digest(r), results);
            if (problem is not null)
            {
                Undo(mark);
                NewEntries.RemoveRange(entriesMark, NewEntries.Count - entriesMark);
                refusal = batch.Count == 1 ? problem : problem with { Message = $"Transfer {i + 1} of {batch.Count}: {problem.Message} Nothing in the batch was written." };
                return null;
            }
        }
        _undo.RemoveRange(mark, _undo.Count - mark);
        return results;
    }

    private void Undo(int mark)
    {
        for (var k = _undo.Count - 1; k >= mark; k--)
        {
            _undo[k]();
        }
        _undo.RemoveRange(mark, _undo.Count - mark);
    }

    private Refusal? Apply(TransferRequest r, byte[] digest, List<TransferResult> results)
    {
        if (Used(r.Id) is { } used)
        {
            if (!used.Digest.AsSpan().SequenceEqual(digest))
            {
                return new Refusal("id-reused", $"Transfer id {r.Id} was already used for a different transfer (entry #{used.Seq} of {used.Scheme}); choose a new id.");
            }
            results.Add(new TransferResult(r.Id, used.Seq, Replayed: true));
            return null;
        }
        if (TransferRules.Check(r, _now, _schemeState(r.Scheme), _exists, _balanceOf, _pendingOf) is { } refusal)
        {
            return refusal;
        }
        var (debit, credit) = AccountBalance.Effect(r.Kind, r.Amount);
        Move(r.Scheme, r.Debit, debit);
        Move(r.Scheme, r.Credit, credit);
        if (r.Kind == EntryKind.Pending)
        {
            SetPending(r.Id, new OpenPending(r.Id, r.Scheme, r.Debit, r.Credit, r.Amount, r.Code, r.Expires!.Value.ToUniversalTime()));
        }
        else if (r.PendingId is { } resolved)
        {
            SetPending(resolved, null);
        }
        var head = HeadOf(r.Scheme);
        var at = _now > head.LastTimestamp ? _now : head.LastTimestamp.AddTicks(1);
        var entry = LedgerEntry.Create(r, head.Seq + 1, at, head.Hash);
        SetHead(r.Scheme, new ChainHead(entry.Seq, entry.Hash, at));
        SetId(r.Id, new UsedId(r.Scheme, entry.Seq, digest));
        NewEntries.Add(entry);
        results.Add(new TransferResult(r.Id, entry.Seq, Replayed: false));
        return null;
    }

    /// <summary>A digest of what a request asks for, to tell a replay from a reused id.</summary>
    public static byte[] Digest(TransferRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var e = LedgerEntry.Create(r, 0, DateTimeOffset.UnixEpoch, EntryCodec.Genesis);
        return e.Hash;
    }

    private bool Exists(SchemeId s, AccountRef a) => Accounts.ContainsKey((s, a)) || _book.Accounts.ContainsKey((s, a));

    /// <summary>An account's balance with this draft applied.</summary>
    public AccountBalance BalanceOf(SchemeId s, AccountRef a) =>
        Accounts.TryGetValue((s, a), out var b) ? b : _book.Accounts.GetValueOrDefault((s, a));

    private OpenPending? PendingOf(Guid id) =>
        PendingChanges.TryGetValue(id, out var p) ? p : _book.Pendings.GetValueOrDefault(id);

    private UsedId? Used(Guid id) => NewIds.TryGetValue(id, out var u) ? u : _book.Ids.GetValueOrDefault(id);

    /// <summary>A scheme's chain head with this draft applied.</summary>
    public ChainHead HeadOf(SchemeId s) => Heads.TryGetValue(s, out var h) ? h : _book.Heads.GetValueOrDefault(s, ChainHead.Empty);

    private void Move(SchemeId s, AccountRef a, AccountBalance change)
    {
        var key = (s, a);
        var had = Accounts.TryGetValue(key, out var old);
        var current = had ? old : _book.Accounts.GetValueOrDefault(key);
        Accounts[key] = current.Plus(change);
        _undo.Add(had ? () => Accounts[key] = old : () => Accounts.Remove(key));
    }

    private void SetPending(Guid id, OpenPending? p)
    {
        var had = PendingChanges.TryGetValue(id, out var old);
        PendingChanges[id] = p;
        _undo.Add(had ? () => PendingChanges[id] = old : () => PendingChanges.Remove(id));
    }

    private void SetId(Guid id, UsedId used)
    {
        NewIds[id] = used;
        _undo.Add(() => NewIds.Remove(id));
    }

    private void SetHead(SchemeId s, ChainHead head)
    {
        var had = Heads.TryGetValue(s, out var old);
        Heads[s] = head;
        _undo.Add(had ? () => Heads[s] = old! : () => Heads.Remove(s));
    }
}
