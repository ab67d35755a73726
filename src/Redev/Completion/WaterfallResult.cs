using Redev.Primitives;

namespace Redev.Completion;

/// <summary>A whole waterfall: its lines and what it retains add up to the proceeds to the cent; costs and creditors left unpaid are shown.</summary>
public sealed record WaterfallResult
{
    public WaterfallResult(Cents proceeds, IReadOnlyList<WaterfallLine> lines, Cents owedUnpaid, Cents retained)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paid = lines.Sum(l => l.Cents.Value);
        if (paid + retained.Value != proceeds.Value)
        {
            throw new ArgumentException($"The lines pay {paid} cents and {retained.Value} stay, of {proceeds.Value}: a waterfall accounts for every cent it splits.", nameof(lines));
        }
        Proceeds = proceeds;
        Lines = lines;
        OwedUnpaid = owedUnpaid;
        Retained = retained;
    }

    /// <summary>What stays in escrow because no holder was paid pro rata (none held units).</summary>
    public Cents Retained { get; }

    public Cents Proceeds { get; }
    public IReadOnlyList<WaterfallLine> Lines { get; }

    /// <summary>Costs and creditors the proceeds could not cover: shown, never silently dropped.</summary>
    public Cents OwedUnpaid { get; }

    public Cents PaidAt(WaterfallStep step) => new(Lines.Where(l => l.Step == step).Sum(l => l.Cents.Value));
}
