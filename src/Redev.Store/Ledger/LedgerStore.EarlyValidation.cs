using Redev.Schemes;

namespace Redev.Store.Ledger;

// Validation before the database's lock is taken: while the requests come in, each is validated
// against the book as it stands (a Speculation); the result stands only if, once the lock is held,
// no other process has written, every scheme state it assumed is still the stored one, and the
// ledger's clock has not moved past a pending's expiry or more than MaxGuessAge meanwhile.
// Otherwise the commit validates again under the lock. See docs/ledger.md.
public sealed partial class LedgerStore
{
    /// <summary>A guess to fill while gathering, or null while the book is not known to be current.</summary>
    private Speculation? BeginGuess() =>
        Volatile.Read(ref _version) >= 0 ? new Speculation(_book, _clock.GetUtcNow(), _knownStates) : null;

    /// <summary>The guess, unless the ledger's time taken under the lock has outdated it.</summary>
    private Speculation? StillFresh(Speculation? guess, DateTimeOffset now) =>
        guess is not null && (now - guess.Now > MaxGuessAge || _book.AnyPendingDue(after: guess.Now, until: now)) ? null : guess;

    /// <summary>
    /// Keeps the states read inside this commit for the next one's guess (a scheme that does not
    /// exist is not kept: a request naming it is validated under the lock).
    /// </summary>
    private void RememberStates(Dictionary<SchemeId, SchemeState?> states)
    {
        foreach (var (id, state) in states)
        {
            if (state is { } known)
            {
                _knownStates[id] = known;
            }
        }
    }
}
