using Redev.Allocation;
using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Tests.Support;

namespace Redev.Tests.Schemes;

public class SchemeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Deadline = new(2027, 3, 1);
    private static readonly ThresholdTable Table = ThresholdTable.Cap545;

    // 100 countable shares: A 40, B+C co-own 30, D 20, E 10; 50 common shares. Built 1962: 70% outside designated areas.
    private static Scheme Draft()
    {
        var s = new Scheme(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now);
        Assert.Null(s.ImportRegister(new RegisterBuilder()
            .Flat("1/F", 40, "A").Flat("2/F", 30, "B", "1/2").Flat("2/F", 30, "C", "1/2").Flat("3/F", 20, "D").Flat("4/F", 10, "E")
            .Common("Roof", 50).Parse()));
        Assert.Null(s.SetTerms(AllocationTerms.Equity(Cents.FromDollars(100), Cents.FromDollars(50), Cents.FromDollars(1), WeightBasis.Shares, out _)!, Schedule));
        return s;
    }

    private static readonly MilestoneSchedule Schedule = new([new Milestone("Foundations", 5000, new DateOnly(2028, 1, 1)), new Milestone("Occupation permit", 5000, new DateOnly(2029, 1, 1))], 90);

    // Ready for every guard: building and completion evidence, and after completion a closed window with
    // everyone settled or staying in the income fund (whose units are then paid out before closing).
    private static readonly StageEvidence Ready = new(Cents.FromDollars(50), Cents.FromDollars(50), 2, 2, CompletionValuation: true,
        Completion: new Redev.Completion.CompletionEvidence(WindowClosed: true, Unsettled: 0, IncomeUnits: 1, UnitsOutstanding: 0, Escrow: Cents.Zero, FlatsUndisposed: 0));

    private static Scheme Enrolling(params string[] consents)
    {
        var s = Draft();
        Assert.Null(s.AddConsent("A", Now));
        Assert.Null(s.Advance(SchemeState.Enrolling, Now, Table, Deadline));
        foreach (var c in consents)
        {
            Assert.Null(s.AddConsent(c, Now));
        }
        return s;
    }

    [Fact]
    public void Progress_counts_undivided_shares_and_leaves_common_parts_out()
    {
        var s = Draft();
        s.AddConsent("A", Now);
        s.AddConsent("D", Now);
        var p = Assert.Single(s.Progress());
        Assert.Equal((60L, 100L, 50L), (p.ConsentedShares.Value, p.CountableShares.Value, p.CommonShares.Value));
    }

    [Fact]
    public void A_co_owned_flat_counts_only_when_every_co_owner_consents()
    {
        var s = Draft();
        s.AddConsent("B", Now);
        Assert.Equal(0, s.Progress()[0].ConsentedShares.Value);
        s.AddConsent("C", Now);
        Assert.Equal(30, s.Progress()[0].ConsentedShares.Value);
    }

    [Fact]
    public void Enrolment_opens_only_once_40_percent_have_applied()
    {
        var s = Draft();
        s.AddConsent("E", Now);
        s.AddConsent("D", Now);
        Assert.Equal("below-opening", s.Advance(SchemeState.Enrolling, Now, Table, Deadline)!.Code);
        s.AddConsent("A", Now);
        Assert.Null(s.Advance(SchemeState.Enrolling, Now, Table, Deadline));
        Assert.Equal(SchemeState.Enrolling, s.State);
    }

    [Fact]
    public void Opening_records_the_threshold_class_version_and_source()
    {
        var s = Enrolling();
        var t = Assert.Single(s.AppliedThresholds);
        Assert.Equal(("2024", "age-60-69", 70), (t.Version, t.ClassId, t.ThresholdPercent));
        Assert.Equal(70, s.Progress()[0].ThresholdPercent);
    }

    [Fact]
    public void Opening_needs_a_deadline_after_today()
    {
        var s = Draft();
        s.AddConsent("A", Now);
        Assert.Equal("bad-deadline", s.Advance(SchemeState.Enrolling, Now, Table)!.Code);
        Assert.Equal("bad-deadline", s.Advance(SchemeState.Enrolling, Now, Table, Scheme.HongKongDate(Now))!.Code);
    }

    [Fact]
    public void Vesting_needs_the_threshold_on_every_lot()
    {
        var s = Enrolling("D");
        Assert.Equal("below-threshold", s.Advance(SchemeState.Vested, Now, Table)!.Code);
        s.AddConsent("E", Now);
        Assert.Null(s.Advance(SchemeState.Vested, Now, Table));
        Assert.Equal(SchemeState.Vested, s.State);
    }

    [Fact]
    public void A_scheme_short_of_its_threshold_lapses_after_the_deadline_and_releases_every_consent()
    {
        var s = Enrolling("D");
        Assert.Equal("deadline-not-passed", s.Advance(SchemeState.Lapsed, Now, Table)!.Code);
        var after = new DateTimeOffset(2027, 3, 1, 16, 0, 0, TimeSpan.Zero); // 2 March 00:00 in Hong Kong
        Assert.Null(s.Advance(SchemeState.Lapsed, after, Table));
        Assert.Equal(SchemeState.Lapsed, s.State);
        Assert.Empty(s.Consents);
        Assert.Equal("bad-transition", s.Advance(SchemeState.Vested, after, Table)!.Code);
    }

    [Fact]
    public void A_scheme_that_met_its_threshold_cannot_lapse()
    {
        var s = Enrolling("D", "E");
        Assert.Equal("threshold-met", s.Advance(SchemeState.Lapsed, new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero), Table)!.Code);
    }

    [Fact]
    public void Consents_freeze_at_the_deadline_in_hong_kong_time()
    {
        var s = Enrolling();
        var lastMinute = new DateTimeOffset(2027, 3, 1, 15, 59, 0, TimeSpan.Zero); // 23:59 HKT on the deadline
        Assert.Null(s.AddConsent("D", lastMinute));
        Assert.Equal("deadline-passed", s.AddConsent("E", lastMinute.AddMinutes(1))!.Code);
        Assert.Equal("deadline-passed", s.WithdrawConsent("D", lastMinute.AddMinutes(1))!.Code);
    }

    [Fact]
    public void The_lifecycle_refuses_skipping_states()
    {
        var s = Draft();
        var r = s.Advance(SchemeState.Building, Now, Table)!;
        Assert.Equal("bad-transition", r.Code);
        Assert.Contains("next can be Enrolling", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_lifecycle_runs_to_closed_and_keeps_its_history()
    {
        var s = Enrolling("D", "E");
        foreach (var state in new[] { SchemeState.Vested, SchemeState.Building, SchemeState.Completed, SchemeState.Operating, SchemeState.Closed })
        {
            Assert.Null(s.Advance(state, Now, Table, evidence: Ready));
        }
        Assert.Equal(6, s.History.Count);
        Assert.Contains("final", s.Advance(SchemeState.Draft, Now, Table)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strangers_cannot_consent_and_owners_cannot_consent_twice()
    {
        var s = Draft();
        Assert.Equal("unknown-owner", s.AddConsent("a", Now)!.Code);
        Assert.Null(s.AddConsent("A", Now));
        Assert.Equal("already-consented", s.AddConsent("A", Now)!.Code);
    }

    [Fact]
    public void The_register_is_locked_once_enrolment_opens()
    {
        var s = Enrolling();
        Assert.Equal("register-locked", s.ImportRegister(new RegisterBuilder().Flat("1/F", 1, "Z").Parse())!.Code);
    }

    [Fact]
    public void Thresholds_are_compared_exactly_without_rounding()
    {
        var p = new LotProgress("main", new Primitives.UndividedShares(1000), new Primitives.UndividedShares(699), Primitives.UndividedShares.Zero, 70);
        Assert.False(p.MeetsThreshold);
        Assert.Equal(69.9m, p.PercentForDisplay);
        Assert.True((p with { ConsentedShares = new Primitives.UndividedShares(700) }).MeetsThreshold);
    }

    [Fact]
    public void A_register_of_only_common_parts_cannot_open_enrolment()
    {
        var s = new Scheme(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now);
        Assert.Null(s.ImportRegister(new RegisterBuilder().Common("Roof", 50).Common("Staircase", 10).Parse()));
        Assert.Null(s.SetTerms(AllocationTerms.Equity(Cents.FromDollars(100), Cents.FromDollars(50), Cents.FromDollars(1), WeightBasis.Shares, out _)!));

        var refusal = s.Advance(SchemeState.Enrolling, Now, Table, Deadline);

        Assert.Equal("no-owned-shares", refusal?.Code);
        Assert.Equal(SchemeState.Draft, s.State);
    }

    [Fact]
    public void A_lot_of_only_common_parts_keeps_enrolment_closed_even_when_another_lot_is_ready()
    {
        var s = new Scheme(SchemeId.Parse("s1"), "Test", new LotFacts(1962), Now);
        Assert.Null(s.ImportRegister(new RegisterBuilder("lot," + RegisterBuilder.Header)
            .Raw("L1,1/F,10,400,A,1,1000000,,residential").Raw("L2,Roof,5,,,,,,common").Parse()));
        Assert.Null(s.SetTerms(AllocationTerms.Equity(Cents.FromDollars(100), Cents.FromDollars(50), Cents.FromDollars(1), WeightBasis.Appraised, out _)!));
        Assert.Null(s.AddConsent("A", Now));

        var refusal = s.Advance(SchemeState.Enrolling, Now, Table, Deadline);

        Assert.Equal("no-owned-shares", refusal?.Code);
        Assert.Contains("lot L2", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheme_name_over_the_cap_is_refused_with_a_code_and_cannot_be_constructed()
    {
        var name = new string('x', Scheme.MaxNameLength + 1);

        Assert.Equal("name-too-long", Scheme.CheckName(name)?.Code);
        Assert.Null(Scheme.CheckName(new string('x', Scheme.MaxNameLength)));
        Assert.Equal("bad-name", Scheme.CheckName("  ")?.Code);
        Assert.Throws<ArgumentException>(() => new Scheme(SchemeId.Parse("s1"), name, new LotFacts(1962), Now));
    }

    [Fact]
    public void A_stored_scheme_with_a_long_name_from_before_the_cap_still_loads()
    {
        var name = new string('x', Scheme.MaxNameLength + 1);

        var s = Scheme.Restore(SchemeId.Parse("s1"), name, new LotFacts(1962), Now, SchemeState.Draft, 1, null, null, null, [], [], []);

        Assert.Equal(name, s.Name);
    }
}
