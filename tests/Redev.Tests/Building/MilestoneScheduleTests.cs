using Redev.Building;
using Redev.Primitives;

namespace Redev.Tests.Building;

public class MilestoneScheduleTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);

    [Fact]
    public void A_schedule_reads_one_milestone_per_entry_and_writes_itself_back_the_same()
    {
        var s = MilestoneSchedule.Parse("Foundations | 20 | 2027-10-01\nSuperstructure | 32.5% | 2028-10-01; Occupation permit | 47.5 | 2029-06-30", 60, out var refusal)!;

        Assert.Null(refusal);
        Assert.Equal([2000, 3250, 4750], s.Milestones.Select(m => m.ShareBasisPoints));
        Assert.Equal(s.ToText(), MilestoneSchedule.Parse(s.ToText(), 60, out _)!.ToText());
        Assert.Equal(60, s.GraceDays);
    }

    [Fact]
    public void Renaming_a_schedules_entries_changes_only_their_names_and_leaves_an_unreadable_entry_as_written()
    {
        var renamed = MilestoneSchedule.RenameEntries("Foundations | 20 | 2027-10-01\n  Superstructure|32.5%|2028-10-01; no bars here;  | 10 | 2029-01-01",
            name => name.ToUpperInvariant());

        Assert.Equal("FOUNDATIONS | 20 | 2027-10-01\n  SUPERSTRUCTURE|32.5%|2028-10-01; no bars here;  | 10 | 2029-01-01", renamed);
    }

    [Theory]
    [InlineData("Occupation permit", "occupation-permit")]
    [InlineData("  occupation PERMIT ", "occupation-permit")]
    [InlineData("Demolition and foundations", "foundations")]
    [InlineData("Foundations", null)]
    [InlineData("入伙紙", null)]
    public void A_milestone_named_as_a_standard_stage_is_known_for_it_whatever_its_case(string name, string? code)
    {
        Assert.Equal(code, StandardMilestones.Of(name)?.Code);
    }

    [Theory]
    [InlineData("A | 50 | 2027-01-01; B | 49.99 | 2028-01-01", "milestone-shares")]
    [InlineData("A | 50 | 2027-01-01; B | 50.001 | 2028-01-01", "bad-milestones")]
    [InlineData("A | 50 | 2028-01-01; B | 50 | 2027-01-01", "bad-milestones")]
    [InlineData("A | 50 | 2027-01-01; a | 50 | 2028-01-01", "bad-milestones")]
    [InlineData("A | 100 | 2027-13-01", "bad-milestones")]
    [InlineData("A , 100 , 2027-01-01", "bad-milestones")]
    [InlineData("", "bad-milestones")]
    public void A_schedule_that_does_not_add_up_or_read_is_refused_with_its_reason(string text, string code)
    {
        Assert.Null(MilestoneSchedule.Parse(text, 90, out var refusal));
        Assert.Equal(code, refusal?.Code);
    }

    [Fact]
    public void A_grace_period_outside_zero_to_five_years_is_refused()
    {
        Assert.Equal("bad-grace-days", MilestoneSchedule.Parse("A | 100 | 2027-01-01", -1, out var r) is null ? r?.Code : null);
    }

    [Fact]
    public void Pieces_over_random_schedules_add_up_exactly_and_each_running_total_is_the_nearest_whole_number()
    {
        var rng = new Random(20261202);
        for (var run = 0; run < 2000; run++)
        {
            var count = rng.Next(1, 12);
            var cuts = Enumerable.Range(0, count - 1).Select(_ => rng.Next(1, MilestoneSchedule.WholeBasisPoints)).Distinct().Order().ToList();
            cuts.Add(MilestoneSchedule.WholeBasisPoints);
            var shares = cuts.Select((c, i) => c - (i == 0 ? 0 : cuts[i - 1])).ToArray();
            var schedule = new MilestoneSchedule(shares.Select((bp, i) => new Milestone($"M{i}", bp, Start.AddMonths(i))).ToArray(), 90);
            var total = rng.NextInt64(0, 50_000_000_000L);

            var pieces = Enumerable.Range(1, shares.Length).Select(k => schedule.Piece(total, k)).ToArray();

            Assert.Equal(total, pieces.Sum());
            Assert.All(pieces, p => Assert.True(p >= 0));
            var running = 0L;
            var bp = 0L;
            for (var k = 0; k < pieces.Length; k++)
            {
                running += pieces[k];
                bp += shares[k];
                var exact = new Rational(total * (System.Numerics.BigInteger)bp, MilestoneSchedule.WholeBasisPoints);
                var gap = exact - Rational.FromInteger(running);
                // Halves round up, so the running total is at most half above the exact share and less than half below it.
                Assert.True(gap >= new Rational(-1, 2) && gap < new Rational(1, 2), $"run {run}: running total {running} is not nearest to {exact}");
            }
        }
    }

    [Fact]
    public void Equal_thirds_round_the_running_total_so_the_last_milestone_takes_the_remainder()
    {
        var s = new MilestoneSchedule([new("A", 3333, Start), new("B", 3333, Start), new("C", 3334, Start)], 0);

        Assert.Equal([3333L, 3333L, 3334L], Enumerable.Range(1, 3).Select(k => s.Piece(10_000, k)));
        Assert.Equal([0L, 1L, 0L], Enumerable.Range(1, 3).Select(k => s.Piece(1, k)));
    }
}
