using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>A holder's position at completion: fund units, their value at the completion NAV, the choice, the lottery place and the pick.</summary>
/// <param name="Chosen">flat, cash or income; null when the holder has not chosen.</param>
/// <param name="Applies">What applies: the choice, or the default.</param>
/// <param name="Flat">The flat taken, if any.</param>
/// <param name="Passed">Whether the holder passed its turn and is paid in cash.</param>
/// <param name="LotteryPlace">The place in the lottery order (1 is first), once the window closed and if the holder chose a flat.</param>
public sealed record PositionDto(string Holder, long Units, long PledgedUnits, string? Chosen, string Applies, string? Flat, bool Passed, int? LotteryPlace, long UnitsValueCents)
{
    public static PositionDto From(PositionView p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PositionDto(p.Holder, p.Units, p.PledgedUnits, p.Chosen, p.Effective, p.Flat, p.Passed, p.LotteryPlace, p.UnitsValueCents);
    }
}
