using System.Globalization;
using Redev.Primitives;

namespace Redev.Building;

/// <summary>
/// The three-appraiser rule (docs/building.md): a value is adopted only from at least three independent
/// appraisals on one date whose spread, (max − min) ÷ median, is at most 20%; the adopted value is
/// their median. A wider spread means the appraisers disagree about the building, and averaging a
/// disagreement hides it, so the round is refused and a new one is needed.
/// </summary>
public static class ValuationRound
{
    /// <summary>Fewest appraisals a round needs.</summary>
    public const int MinimumAppraisals = 3;

    /// <summary>The widest spread adopted: 20%.</summary>
    public static readonly Rational MaximumSpread = new(1, 5);

    /// <summary>The adopted value of a round, or the refusal that says why none can be adopted.</summary>
    public static Cents? Adopt(IReadOnlyList<Appraisal> round, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(round);
        refusal = null;
        if (round.Count < MinimumAppraisals)
        {
            refusal = Refusal.With("too-few-appraisals", $"A valuation needs at least {MinimumAppraisals} independent appraisals on one date; this round has {round.Count}.",
                ("count", round.Count.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        if (round.Select(a => a.ValuedOn).Distinct().Count() > 1)
        {
            throw new ArgumentException("A round's appraisals share one date.", nameof(round));
        }
        var median = Median(round);
        var spread = Spread(round, median);
        if (spread > MaximumSpread)
        {
            var percent = (spread * Rational.FromInteger(100)).Floor();
            refusal = Refusal.With("appraisal-spread",
                $"The appraisals spread {percent}% or more around their median ((max − min) ÷ median), above the 20% allowed: the appraisers disagree, so a new round of appraisals is needed.",
                ("percent", percent.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        return median;
    }

    /// <summary>
    /// The median: the middle value, or for an even count the mean of the two middle values rounded
    /// down to the cent (the fund never adopts more than its appraisers said).
    /// </summary>
    public static Cents Median(IReadOnlyList<Appraisal> round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var values = round.Select(a => a.Value.Value).Order().ToArray();
        var mid = values.Length / 2;
        return values.Length % 2 == 1
            ? new Cents(values[mid])
            : new Cents((long)new Rational(checked(values[mid - 1] + values[mid]), 2).Floor());
    }

    /// <summary>(max − min) ÷ median, exact.</summary>
    public static Rational Spread(IReadOnlyList<Appraisal> round, Cents median)
    {
        ArgumentNullException.ThrowIfNull(round);
        var max = round.Max(a => a.Value.Value);
        var min = round.Min(a => a.Value.Value);
        return new Rational(max - min, median.Value);
    }
}
