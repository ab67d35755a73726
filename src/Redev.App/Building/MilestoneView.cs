using Redev.Building;
using Redev.Primitives;

namespace Redev.App.Building;

/// <summary>One milestone as the pages and the CLI show it: the schedule's terms, where it stands, and what certifying it releases or released.</summary>
/// <param name="DrawDue">The cash its certification releases from escrow (cumulative rounding of the committed cost).</param>
/// <param name="DeveloperUnitsDue">The developer's units its certification issues (cumulative rounding of the developer's units).</param>
public sealed record MilestoneView(
    int Number, string Name, int ShareBasisPoints, string SharePercent, DateOnly TargetDate, MilestoneStanding Standing,
    Cents DrawDue, long DeveloperUnitsDue, Certification? Certification)
{
    public bool Certified => Certification is not null;
}
