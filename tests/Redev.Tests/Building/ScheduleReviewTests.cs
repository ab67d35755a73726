using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Tests.Building;

public class ScheduleReviewTests
{
    private static readonly MilestoneSchedule Schedule = new([new("A", 5000, new DateOnly(2027, 6, 30)), new("B", 5000, new DateOnly(2028, 6, 30))], 30);

    [Fact]
    public void A_missed_target_is_a_delay_for_the_grace_period_and_a_default_after_it()
    {
        var none = new Dictionary<int, DateOnly>();

        Assert.Equal(MilestoneStanding.Due, ScheduleReview.Standings(Schedule, none, new DateOnly(2027, 6, 30))[0]);
        Assert.Equal(MilestoneStanding.Delayed, ScheduleReview.Standings(Schedule, none, new DateOnly(2027, 7, 30))[0]);
        Assert.Equal(MilestoneStanding.Defaulted, ScheduleReview.Standings(Schedule, none, new DateOnly(2027, 7, 31))[0]);
        Assert.Equal(1, ScheduleReview.DefaultedMilestone(Schedule, none, new DateOnly(2027, 7, 31)));
        Assert.Equal(new DateOnly(2027, 7, 31), ScheduleReview.DefaultDate(Schedule, 1));
    }

    [Fact]
    public void A_milestone_certified_late_within_grace_is_no_default()
    {
        var certified = new Dictionary<int, DateOnly> { [1] = new DateOnly(2027, 7, 15) };

        Assert.Equal(MilestoneStanding.CertifiedLate, ScheduleReview.Standings(Schedule, certified, new DateOnly(2028, 1, 1))[0]);
        Assert.Null(ScheduleReview.DefaultedMilestone(Schedule, certified, new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void Building_needs_the_whole_commitment_in_escrow_and_completion_a_valuation_after_every_milestone()
    {
        var id = SchemeId.Parse("s1");
        Assert.Equal("escrow-short", BuildingGuards.Check(id, SchemeState.Building, new(new Cents(100), new Cents(99), 0, 2, false))?.Code);
        Assert.Null(BuildingGuards.Check(id, SchemeState.Building, new(new Cents(100), new Cents(100), 0, 2, false)));
        Assert.Equal("milestones-outstanding", BuildingGuards.Check(id, SchemeState.Completed, new(new Cents(100), new Cents(100), 1, 2, true))?.Code);
        Assert.Equal("no-completion-valuation", BuildingGuards.Check(id, SchemeState.Completed, new(new Cents(100), new Cents(100), 2, 2, false))?.Code);
        Assert.Null(BuildingGuards.Check(id, SchemeState.Completed, new(new Cents(100), new Cents(100), 2, 2, true)));
    }
}
