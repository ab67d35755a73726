using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Ledger;

/// <summary>
/// A draft validated before the commit's lock was taken, with the scheme states it assumed: for
/// each, the one last read inside a commit. A scheme never read yet cannot be assumed; the
/// speculation is then abandoned, and the commit validates everything once it holds the lock.
/// Used by the writer alone (see <see cref="LedgerStore"/>).
/// </summary>
internal sealed class Speculation
{
    private readonly Dictionary<SchemeId, SchemeState?> _known;
    private readonly Dictionary<SchemeId, SchemeState?> _assumed = [];
    private bool _abandoned;

    // Only read while gathering: the commit updates `known` after it, holding the database's write lock.
    public Speculation(LedgerBook book, DateTimeOffset now, Dictionary<SchemeId, SchemeState?> known)
    {
        _known = known;
        Now = now;
        Draft = book.Begin(now, Assume);
        Try(() => Draft.ExpirePendings());
    }

    public DateTimeOffset Now { get; }
    public LedgerDraft Draft { get; }
    public List<BatchOutcome> Outcomes { get; } = [];

    public void Add(WriteOp op)
    {
        if (!_abandoned)
        {
            Try(() => Outcomes.Add(op.ApplyTo(Draft)));
        }
    }

    // Whatever goes wrong while guessing (an assumed state that is not the stored one can lead
    // validation anywhere) only ends the guess: validation under the lock decides, and raises
    // what is really wrong there.
    private void Try(Action step)
    {
        try
        {
            step();
        }
#pragma warning disable CA1031 // the same work is redone under the lock, where nothing is swallowed
        catch (Exception)
#pragma warning restore CA1031
        {
            _abandoned = true;
        }
    }

    /// <summary>Whether the states read under the lock are the ones assumed, so the draft stands.</summary>
    public bool HoldsFor(Dictionary<SchemeId, SchemeState?> states) =>
        !_abandoned && _assumed.All(a => states.TryGetValue(a.Key, out var s) && s == a.Value);

    private SchemeState? Assume(SchemeId scheme)
    {
        if (!_assumed.TryGetValue(scheme, out var state))
        {
            _abandoned |= !_known.TryGetValue(scheme, out state);
            _assumed[scheme] = state;
        }
        return state;
    }
}
