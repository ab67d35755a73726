using System.Globalization;
using Redev.Completion;
using Redev.Primitives;

namespace Redev.Web.Completion;

/// <summary>The choice window as opened: the deadline (a Hong Kong date), the default, the completion NAV per fund unit it fixes and the lottery seed's SHA-256.</summary>
/// <param name="NavPerUnitExact">The completion NAV per fund unit as an exact fraction of dollars.</param>
public sealed record WindowDto(string Deadline, string Default, string NavPerUnitExact, long NavPerUnitCents, long UnitsOutstanding, string Commitment)
{
    public static WindowDto From(ChoiceWindow w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new WindowDto(w.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Fallback.ToString().ToLowerInvariant(),
            $"{w.NavPerUnit.Numerator}/{w.NavPerUnit.Denominator}", Cents.RoundFromDollars(w.NavPerUnit).Value, w.UnitsOutstanding, w.Commitment);
    }
}
