using Redev.App.Completion;
using Redev.App.Tests.Support;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Completion;

/// <summary>The life after completion through the use cases: choices, the lottery, flats in kind, sales, the waterfall, closing.</summary>
public class CompletionStageTests
{
    private static string Id(string name, StoreKind kind) => $"{name}-{kind.ToString().ToLowerInvariant()}";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_scheme_runs_from_vesting_to_closed_with_every_cent_and_unit_reconciled(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("full", kind));
        var owners = await CompletionRun.FreeOwnersAsync(t, id);
        async Task Balanced() => Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
        var closed = await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash", (owners[0].Holder, "flat"), (owners[1].Holder, "flat"), (owners[2].Holder, "flat"));
        await Balanced();
        await CompletionRun.PickInOrderAsync(t, id, closed);
        await Balanced();
        await CompletionRun.SellRestAsync(t, id);
        await Balanced();
        var before = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        var payout = await CompletionRun.PayAsync(t, id, new(id, "sale", FeeRate: "0.01"));
        await Balanced();
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "distributed")));
        var done = TestApp.Ok(await t.App.CloseScheme.RunAsync(TestApp.Convener, new(id)));

        var after = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));
        Assert.Equal("closed", after.State);
        Assert.Equal(0, after.UnitsOutstanding);
        Assert.Equal(0, after.EscrowCents);
        Assert.Equal(before.EscrowCents, payout.Lines.Sum(l => l.Cents));
        Assert.DoesNotContain(payout.Lines, l => l.Step == "creditor");
        var fee = payout.Lines.Single(l => l.Step == "convener-fee").Cents;
        var rest = before.EscrowCents - payout.Lines.Where(l => l.Step is "selling-costs" or "refund").Sum(l => l.Cents);
        Assert.Equal(rest / 100, fee);
        Assert.Equal(rest - fee, payout.Lines.Where(l => l.Step == "sale").Sum(l => l.Cents));
        Assert.All(payout.Lines.Where(l => l.Step == "sale"), l => Assert.Equal(l.Holder, l.Name));
        // The demo register mortgages several flats: their units' share is paid to the mortgagee.
        Assert.Contains(payout.Lines, l => l.Step == "sale" && l.Payee != l.Holder && l.Payee.Contains("Bank", StringComparison.Ordinal));
        Assert.Equal(3, after.Flats.Count(f => f.Status == "taken"));
        Assert.Equal(3, after.Flats.Count(f => f.Status == "sold"));
        Assert.Equal(before.Positions.Count, done.Holders.Length);
        Assert.Equal(done.Holders.Length, after.Statements.Count);
        Assert.All(after.Statements, s => Assert.Equal(s.UnitsReceived, s.UnitsCancelled + s.UnitsTransferredOut));
        var final = after.Statements.First(s => s.Holder == owners[0].Holder);
        var statement = TestApp.Ok(await t.App.Statement.RunAsync(TestApp.Convener, new(id, final.Holder, final.From, final.To)));
        var csv = Redev.Statements.StatementCsv.Write(statement, Redev.Statements.StatementLanguage.English);
        Assert.Equal(final.CsvSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(csv))));
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Holders_pick_only_in_the_published_lottery_order(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("order", kind));
        var owners = await CompletionRun.FreeOwnersAsync(t, id);
        var closed = await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash", (owners[0].Holder, "flat"), (owners[1].Holder, "flat"));

        var second = await t.App.TakeFlat.RunAsync(TestApp.Convener, new(id, closed.Order[1], "6A", "REF"));
        var recomputed = Redev.Completion.LotteryDraw.Order(Redev.Completion.LotterySeed.Parse(closed.Seed, out _)!, [owners[1].Holder, owners[0].Holder]);
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal("not-your-turn", second.Refusal?.Code);
        Assert.Equal(closed.Order, recomputed.Select(x => x.Holder));
        Assert.True(Redev.Completion.LotterySeed.Parse(closed.Seed, out _)!.Matches(view.Commitment!));
        Assert.Equal(closed.Order[0], view.OnTurn);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Taking_a_flat_cancels_the_units_and_settles_the_difference_to_the_cent(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("take", kind));
        var owner = (await CompletionRun.FreeOwnersAsync(t, id))[0];
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash", (owner.Holder, "flat"));

        var noReference = await t.App.TakeFlat.RunAsync(TestApp.Convener, new(id, owner.Holder, "3A"));
        var take = TestApp.Ok(await t.App.TakeFlat.RunAsync(TestApp.Convener, new(id, owner.Holder, "3A", "HSBC-77")))!;
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal(take.FlatValueCents, take.UnitsValueCents + take.TopUpCents - take.RefundCents);
        Assert.Equal(owner.Units, take.Units);
        Assert.Equal(0, view.Positions.Single(p => p.Holder == owner.Holder).Units);
        if (take.TopUpCents > 0)
        {
            Assert.Equal("top-up-needed", noReference.Refusal?.Code);
            Assert.Equal(take.TopUpCents, view.EscrowCents);
        }
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Choices_count_only_until_the_deadline_and_the_window_closes_only_after_it(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("deadline", kind));
        var owner = (await CompletionRun.FreeOwnersAsync(t, id))[0];
        TestApp.Ok(await t.App.OpenChoiceWindow.RunAsync(TestApp.Convener, new(id, CompletionRun.Today(clock, 3), "income")));

        var early = await t.App.CloseChoiceWindow.RunAsync(TestApp.Convener, id);
        var byOwnerForOther = await t.App.MakeChoice.RunAsync(new Caller("someone", Role.Owner), new(id, owner.Holder, "flat"));
        clock.Advance(TimeSpan.FromDays(4));
        var late = await t.App.MakeChoice.RunAsync(TestApp.Convener, new(id, owner.Holder, "flat"));
        var reimport = await t.App.ImportNewBuilding.RunAsync(TestApp.Convener, NewBuildingCommand.FromText(id, "new.csv", CompletionRun.Flats));
        TestApp.Ok(await t.App.CloseChoiceWindow.RunAsync(TestApp.Convener, id));
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal("window-still-open", early.Refusal?.Code);
        Assert.Equal("not-your-holding", byOwnerForOther.Refusal?.Code);
        Assert.Equal("window-closed", late.Refusal?.Code);
        Assert.Equal("window-opened", reimport.Refusal?.Code);
        Assert.All(view.Positions.Where(p => p.Units > 0), p => Assert.Equal("income", p.Effective));
        Assert.NotNull(view.Seed);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_payout_is_paid_only_as_proposed_and_approved_by_the_notary(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("approve", kind));
        var early = await t.App.ProposePayout.RunAsync(TestApp.Convener, new(id, "sale"));
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash");
        var undisposed = await t.App.ProposePayout.RunAsync(TestApp.Convener, new(id, "sale"));
        await CompletionRun.SellRestAsync(t, id);
        var proposed = TestApp.Ok(await t.App.ProposePayout.RunAsync(TestApp.Convener, new(id, "sale", FeeRate: "0.015", Creditors: ["Lee & Co=125000"])));

        var byConvener = await t.App.ApprovePayout.RunAsync(TestApp.Convener, new(id, proposed.Key, proposed.BatchSha256));
        var wrongHash = await t.App.ApprovePayout.RunAsync(TestApp.Notary, new(id, proposed.Key, new string('0', 64)));
        var paid = TestApp.Ok(await t.App.ApprovePayout.RunAsync(TestApp.Notary, new(id, proposed.Key, proposed.BatchSha256)));
        var again = TestApp.Ok(await t.App.ApprovePayout.RunAsync(TestApp.Notary, new(id, proposed.Key, proposed.BatchSha256)));
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal("choice-window-open", early.Refusal?.Code);
        Assert.Equal("flats-undisposed", undisposed.Refusal?.Code);
        Assert.Equal("forbidden", byConvener.Refusal?.Code);
        Assert.Equal("payout-mismatch", wrongHash.Refusal?.Code);
        Assert.Equal(paid.BatchSha256, again.BatchSha256);
        Assert.Equal(["selling-costs", "creditor", "convener-fee"], paid.Lines.Take(3).Select(l => l.Step));
        Assert.Equal(12_500_000, paid.Lines.Single(l => l.Step == "creditor").Cents);
        Assert.Equal(0, view.EscrowCents);
        Assert.Equal(0, view.UnitsOutstanding);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_proposal_overtaken_by_a_trade_is_refused_at_approval_and_pays_nothing(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("stale", kind));
        var owners = await CompletionRun.FreeOwnersAsync(t, id);
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash");
        await CompletionRun.SellRestAsync(t, id);
        var proposed = TestApp.Ok(await t.App.ProposePayout.RunAsync(TestApp.Convener, new(id, "sale")));
        var trade = await t.App.Store.Ledger.SubmitAsync([new Redev.Ledger.TransferRequest(Guid.NewGuid(), SchemeId.Parse(id),
            new(owners[0].Holder, Redev.Ledger.Asset.Units), new(owners[1].Holder, Redev.Ledger.Asset.Units), 1, Redev.Ledger.TransferCode.Trade)]);
        var escrow = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id)).EscrowCents;

        var approved = await t.App.ApprovePayout.RunAsync(TestApp.Notary, new(id, proposed.Key, proposed.BatchSha256));

        Assert.True(trade.Succeeded);
        Assert.Equal("payout-stale", approved.Refusal?.Code);
        Assert.Equal(escrow, TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id)).EscrowCents);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_income_fund_keeps_flats_only_up_to_what_its_holders_units_are_worth(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("keep", kind));
        var owners = await CompletionRun.FreeOwnersAsync(t, id);
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash", (owners[0].Holder, "income"));
        var incomeValue = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id)).Positions.Single(p => p.Holder == owners[0].Holder).UnitsValueCents;

        var results = new List<(string Flat, string? Code)>();
        foreach (var flat in new[] { "6A", "6B", "7A", "3A", "3B", "5A" })
        {
            results.Add((flat, (await t.App.DisposeFlat.RunAsync(TestApp.Convener, new(id, flat, true))).Refusal?.Code));
        }
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Contains(results, r => r.Code == "keep-exceeds-share");
        Assert.True(view.Flats.Where(f => f.Status == "kept").Sum(f => f.ValueCents) <= incomeValue);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_bad_new_building_register_is_refused_whole_with_its_lines(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("badflats", kind));
        const string bad = "flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3\n9A,9,500,8000000,8000000,8000000\n9B,9,x,1,2,3\n9C,9,500,5000000,8000000,8000000\n";

        var refused = await t.App.ImportNewBuilding.RunAsync(TestApp.Convener, NewBuildingCommand.FromText(id, "bad.csv", bad));
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal("new-register-invalid", refused.Refusal?.Code);
        var problems = refused.Refusal!.Problems!.Select(p => p.ToString()).ToArray();
        Assert.Contains(problems, p => p.StartsWith("bad.csv:3: saleable_area_sqft", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("bad.csv:4: appraisal_1", StringComparison.Ordinal));
        Assert.Equal(["3A", "3B", "5A", "6A", "6B", "7A"], view.Flats.Select(f => f.Flat));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Verify_names_cash_paid_out_of_escrow_with_no_approved_payout_behind_it(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("verify", kind));
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash");
        await CompletionRun.SellRestAsync(t, id);
        var clean = TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null));

        var paid = await t.App.Store.Ledger.SubmitAsync([new Redev.Ledger.TransferRequest(Guid.NewGuid(), SchemeId.Parse(id), Redev.Ledger.AccountRef.Escrow,
            Redev.Ledger.AccountRef.CashOut, 100, Redev.Ledger.TransferCode.Payment, Metadata: """{"step":"sale","round":"sale-9"}""")]);
        var report = TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null));

        Assert.True(clean.Ok);
        Assert.True(paid.Succeeded);
        Assert.False(report.Ok);
        Assert.Contains(report.Problems, p => p.Contains("no approved payout", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Under_cost_in_kind_the_developers_claim_is_paid_before_any_holder(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await t.DraftAsync(Id("cik", kind));
        TestApp.Ok(await t.App.SetTerms.RunAsync(TestApp.Convener, new(id, new Redev.App.Allocation.TermsText("cost-in-kind", "10", "shares",
            PostValue: "348000000", CommonBurden: "172000000", Milestones: TestApp.Schedule))));
        await t.VestAsync(id, CompletionRun.HoldOuts);
        TestApp.Ok(await t.App.DepositEscrow.RunAsync(TestApp.Notary, new(id, "172000000", "BANK-" + id)));
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "building")));
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("foundations"), "Builder Ltd")));
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "2", TestApp.Hash("occupation permit"), "Builder Ltd")));
        foreach (var (firm, value) in new[] { ("A", "338000000"), ("B", "345000000"), ("C", "351000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, CompletionRun.Today(clock), firm, value, TestApp.Hash(firm))));
        }
        TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, CompletionRun.Today(clock))));
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "completed")));
        TestApp.Ok(await t.App.ImportNewBuilding.RunAsync(TestApp.Convener, NewBuildingCommand.FromText(id, "new-building.csv", CompletionRun.Flats)));
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "cash");
        await CompletionRun.SellRestAsync(t, id);

        var payout = await CompletionRun.PayAsync(t, id, new(id, "sale"));

        var claim = payout.Lines.Single(l => l.Step == "creditor");
        var costs = payout.Lines.Single(l => l.Step == "selling-costs").Cents;
        Assert.Equal("developer's cost claim", claim.Name);
        // The flats sold fetch less than the HK$172m claim: it takes all that is left after selling costs, holders nothing.
        Assert.Equal(payout.AmountCents - costs, claim.Cents);
        Assert.All(payout.Lines.Where(l => l.Step == "sale"), l => Assert.Equal(0, l.Cents));
        Assert.Equal(0, TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id)).UnitsOutstanding);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }
}
