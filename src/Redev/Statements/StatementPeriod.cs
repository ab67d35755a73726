using Redev.Schemes;

namespace Redev.Statements;

/// <summary>
/// The period a statement covers: Hong Kong dates, <see cref="From"/> included and <see cref="To"/> excluded,
/// so consecutive statements (1 Nov–1 Dec, 1 Dec–1 Jan) share no day and miss none. Owners read dates in Hong
/// Kong time while the ledger stores UTC instants, so the bounds are midnight in Hong Kong (16:00 UTC the day before).
/// </summary>
public sealed record StatementPeriod
{
    public StatementPeriod(DateOnly from, DateOnly to)
    {
        if (from >= to)
        {
            throw new ArgumentException($"A period must start before it ends ({from:yyyy-MM-dd} is not before {to:yyyy-MM-dd}).", nameof(to));
        }
        From = from;
        To = to;
    }

    /// <summary>The first Hong Kong date in the period.</summary>
    public DateOnly From { get; }

    /// <summary>The first Hong Kong date after the period (excluded).</summary>
    public DateOnly To { get; }

    /// <summary>The last Hong Kong date in the period.</summary>
    public DateOnly LastDay => To.AddDays(-1);

    /// <summary>Midnight at the start of <see cref="From"/>, Hong Kong time: an entry at this instant is in the period.</summary>
    public DateTimeOffset Start => Midnight(From);

    /// <summary>Midnight at the start of <see cref="To"/>, Hong Kong time: an entry at this instant is in the next period.</summary>
    public DateTimeOffset End => Midnight(To);

    /// <summary>Whether an instant falls in the period.</summary>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    private static DateTimeOffset Midnight(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Scheme.HongKongOffset).ToUniversalTime();
}
