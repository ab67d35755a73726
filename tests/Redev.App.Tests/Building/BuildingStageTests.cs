using Redev.App.Building;
using Redev.App.Tests.Support;
using Redev.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Building;

/// <summary>The building stage end to end through the use cases: escrow, guarded stages, certified milestones and the developer's units.</summary>
public class BuildingStageTests
{
    private static string Id(string name, StoreKind kind) => $"{name}-{kind.ToString().ToLowerInvariant()}";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Terms_without_a_schedule_cannot_vest(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync(Id("nosched", kind));
        TestApp.Ok(await t.App.SetTerms.RunAsync(TestApp.Convener, new(id, new Redev.App.Allocation.TermsText("equity", "10", "shares", "168000000", "150000000"))));

        var vest = await Assert.ThrowsAnyAsync<Exception>(() => t.VestAsync(id, DemoData.HoldOuts));

        Assert.Contains("no-schedule", vest.Message, StringComparison.Ordinal);
        Assert.Equal(SchemeState.Enrolling, TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id)).State);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Building_starts_only_once_the_whole_committed_cost_is_in_escrow(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync(Id("escrow", kind));
        await t.VestAsync(id, DemoData.HoldOuts);
        TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "100000000", "BANK-1")));

        var early = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "building"));
        TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "50000000", "BANK-2")));
        var ready = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "building"));

        Assert.Equal("escrow-short", early.Refusal?.Code);
        Assert.True(ready.Succeeded, ready.Refusal?.ToString());
        Assert.Equal(15_000_000_000L, TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id)).Escrow.Value);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_deposit_repeated_with_its_bank_reference_is_counted_once_and_one_past_the_commitment_is_refused(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync(Id("deposit", kind));
        await t.VestAsync(id, DemoData.HoldOuts);

        TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "150000000", "BANK-1")));
        var again = TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "150000000", "BANK-1")));
        var over = await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "0.01", "BANK-2"));
        var byConvener = await t.App.DepositEscrow.RunAsync(TestApp.Convener, new(id, "1", "BANK-3"));

        Assert.True(again.Replayed);
        Assert.Equal(15_000_000_000L, again.Deposited.Value);
        Assert.Equal("deposit-exceeds-commitment", over.Refusal?.Code);
        Assert.Equal("forbidden", byConvener.Refusal?.Code);
        Assert.Equal(15_000_000_000L, TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id)).Escrow.Value);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Certifying_a_milestone_draws_its_share_of_the_cost_and_issues_the_developers_units_for_it(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync(Id("certify", kind));

        var done = TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("certificate"), "Builder Ltd")));

        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(6_000_000_000L, done.Certification.Draw.Value);
        Assert.Equal(6_000_000L, done.Certification.DeveloperUnits);
        Assert.Equal(9_000_000_000L, view.Escrow.Value);
        Assert.Equal(6_000_000L, view.DeveloperUnitsHeld);
        Assert.Equal(15_000_000L, view.DeveloperUnitsTotal);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Milestones_are_certified_in_order_once_and_only_by_the_certifier(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync(Id("order", kind));
        var evidence = TestApp.Hash("certificate");

        var outOfOrder = await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "2", evidence, "Builder Ltd"));
        var byConvener = await t.App.CertifyMilestone.RunAsync(TestApp.Convener, new(id, "1", evidence, "Builder Ltd"));
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "Foundations", evidence, "Builder Ltd")));
        var repeat = TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", evidence, "Builder Ltd")));
        var twice = await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("another"), "Builder Ltd"));
        var noEvidence = await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "2", "not-a-hash", "Builder Ltd"));

        Assert.Equal("milestone-out-of-order", outOfOrder.Refusal?.Code);
        Assert.Equal("forbidden", byConvener.Refusal?.Code);
        Assert.True(repeat.Replayed);
        Assert.Equal("already-certified", twice.Refusal?.Code);
        Assert.Equal("bad-evidence", noEvidence.Refusal?.Code);
        Assert.Equal(6_000_000L, TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id)).DeveloperUnitsHeld);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Racing_certifications_of_one_milestone_draw_and_issue_once(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync(Id("race", kind));
        var evidence = TestApp.Hash("certificate");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", evidence, "Builder Ltd")))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Refusal?.ToString()));
        Assert.Single(results, r => !r.Value!.Replayed);
        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(6_000_000L, view.DeveloperUnitsHeld);
        Assert.Equal(9_000_000_000L, view.Escrow.Value);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Completing_needs_every_milestone_and_a_valuation_after_the_last_and_the_units_then_add_up_to_the_terms(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync(Id("complete", kind));
        var evidence = TestApp.Hash("certificate");
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", evidence, "Builder Ltd")));
        var oneShort = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "completed"));
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "2", evidence, "Builder Ltd")));
        var unvalued = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "completed"));
        var today = Scheme.HongKongDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (firm, value) in new[] { ("A", "320000000"), ("B", "330000000"), ("C", "335000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, today, firm, value, TestApp.Hash(firm))));
        }
        TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, today)));
        var completed = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "completed"));

        Assert.Equal("milestones-outstanding", oneShort.Refusal?.Code);
        Assert.Equal("no-completion-valuation", unvalued.Refusal?.Code);
        Assert.True(completed.Succeeded, completed.Refusal?.ToString());
        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(view.DeveloperUnitsTotal, view.DeveloperUnitsHeld);
        Assert.Equal(0, view.Escrow.Value);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Past_its_grace_period_an_uncertified_milestone_is_a_default_and_no_more_units_are_issued(StoreKind kind)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await t.BuildingAsync(Id("default", kind));
        // Foundations were due 2028-06-30 with 90 days' grace: by 2028-08-01 they are late, by 2028-10-01 in default.
        clock.Advance(new DateTimeOffset(2028, 8, 1, 0, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var delayed = TestApp.Ok(await t.App.ReviewSchedule.RunAsync(TestApp.Convener, id));
        clock.Advance(TimeSpan.FromDays(61));

        var refused = await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("late"), "Builder Ltd"));

        Assert.Equal(["milestone-delayed"], delayed.Select(e => e.Kind));
        Assert.Equal("developer-default", refused.Refusal?.Code);
        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(1, view.DefaultedMilestone);
        Assert.Equal(0, view.DeveloperUnitsHeld);
        Assert.Contains(view.Events, e => e.Kind == "developer-default");
        // The escrow stays with the fund: nothing of it is owed back to the developer any more.
        Assert.Equal(0, view.DeveloperClaim.Value);
        Assert.Equal(15_000_000_000L, view.Escrow.Value);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Under_cost_in_kind_the_developer_holds_an_hkd_claim_not_units(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = Id("cik", kind);
        await t.DraftAsync(id);
        TestApp.Ok(await t.App.SetTerms.RunAsync(TestApp.Convener, new(id, new Redev.App.Allocation.TermsText(
            "cost-in-kind", "10", "shares", PostValue: "348000000", CommonBurden: "172000000", Milestones: TestApp.Schedule))));
        await t.VestAsync(id, DemoData.HoldOuts);
        TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "172000000", "BANK-CIK")));
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "building")));

        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("c"), "Builder Ltd")));

        var view = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id));
        Assert.Equal(0, view.DeveloperUnitsTotal);
        Assert.Equal(0, view.DeveloperUnitsHeld);
        Assert.Equal(17_200_000_000L, view.DeveloperClaim.Value);
        Assert.Equal(17_200_000_000L - 6_880_000_000L, view.Escrow.Value);
        var balances = TestApp.Ok(await t.App.Ledger.BalancesAsync(TestApp.Convener, id));
        Assert.Equal(0, balances.Where(b => b.Account.Holder == LedgerHolders.Developer && b.Account.Asset == Asset.Units).Sum(b => b.Balance.Balance));
    }
}
