using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// The period in which holders choose what their units become. It fixes, when it opens, everything the
/// choices are priced on, so no choice can be made against a moving price: the completion NAV per unit,
/// the units outstanding, the deadline (a Hong Kong date: choices count up to its end), what a holder who
/// does not choose receives, and the commitment (SHA-256) of the lottery seed, published before anyone
/// chooses. The seed itself is published when the window closes.
/// </summary>
public sealed record ChoiceWindow
{
    public ChoiceWindow(DateTimeOffset openedAt, DateOnly deadline, PayoutChoice fallback, Rational navPerUnit, long unitsOutstanding,
        string commitment, string? seed = null, DateTimeOffset? closedAt = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unitsOutstanding, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(commitment);
        if (navPerUnit.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(navPerUnit), "A completion NAV per unit is zero or more.");
        }
        if (fallback == PayoutChoice.Flat)
        {
            // Nobody is handed a flat they did not pick: the lottery only orders those who asked for one.
            throw new ArgumentOutOfRangeException(nameof(fallback), "The default for a holder who does not choose is cash or the income fund.");
        }
        OpenedAt = openedAt;
        Deadline = deadline;
        Fallback = fallback;
        NavPerUnit = navPerUnit;
        UnitsOutstanding = unitsOutstanding;
        Commitment = commitment;
        Seed = seed;
        ClosedAt = closedAt;
    }

    public DateTimeOffset OpenedAt { get; }
    public DateOnly Deadline { get; }

    /// <summary>What a holder who has not chosen by the deadline receives.</summary>
    public PayoutChoice Fallback { get; }

    /// <summary>The completion NAV per unit, exact.</summary>
    public Rational NavPerUnit { get; }

    public long UnitsOutstanding { get; }

    /// <summary>SHA-256 of the lottery seed, hex, published at opening.</summary>
    public string Commitment { get; }

    /// <summary>The lottery seed, hex, published at closing; null while the window is open.</summary>
    public string? Seed { get; }

    public DateTimeOffset? ClosedAt { get; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>Whether a choice made on Hong Kong date <paramref name="today"/> still counts.</summary>
    public bool Accepts(DateOnly today) => !IsClosed && today <= Deadline;
}
