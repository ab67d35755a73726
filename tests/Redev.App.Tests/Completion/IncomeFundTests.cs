using Redev.App.Completion;
using Redev.App.Tests.Support;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Completion;

/// <summary>The income fund: flats kept and let, rent and expenses through its cash, a year's distribution, winding up and closing.</summary>
public class IncomeFundTests
{
    private static string Id(string name, StoreKind kind) => $"{name}-{kind.ToString().ToLowerInvariant()}";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_income_fund_lets_its_flats_distributes_its_net_income_and_winds_up_to_closed(StoreKind kind)
    {
        var clock = new ManualClock(CompletionRun.Start);
        await using var t = await TestApp.StartAsync(kind, clock);
        var id = await CompletionRun.CompletedAsync(t, clock, Id("income", kind));
        await CompletionRun.ChooseAndCloseAsync(t, clock, id, "income");
        TestApp.Ok(await t.App.DisposeFlat.RunAsync(TestApp.Convener, new(id, "6A", true)));
        foreach (var flat in new[] { "3A", "3B", "5A", "6B", "7A" })
        {
            TestApp.Ok(await t.App.DisposeFlat.RunAsync(TestApp.Convener, new(id, flat, false, "7000000", "0", "Buyer", "SALE-" + flat)));
        }
        var cashNow = await t.App.ProposePayout.RunAsync(TestApp.Convener, new(id, "sale"));
        var operating = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "operating"));
        TestApp.Ok(await t.App.RecordLease.RunAsync(TestApp.Convener, new(id, "6A", "A Tenant", "18000", "2026-09", "2027-08")));
        var overlap = await t.App.RecordLease.RunAsync(TestApp.Convener, new(id, "6A", "Another", "18000", "2027-01", "2027-12"));
        foreach (var month in new[] { "2026-09", "2026-10", "2026-11", "2026-12" })
        {
            TestApp.Ok(await t.App.RecordRent.RunAsync(TestApp.Convener, new(id, "6A", month, "RENT-" + month)));
        }
        var twice = TestApp.Ok(await t.App.RecordRent.RunAsync(TestApp.Convener, new(id, "6A", "2026-12", "RENT-2026-12")));
        TestApp.Ok(await t.App.RecordExpense.RunAsync(TestApp.Convener, new(id, "INV-1", "2500.55", "Repairs Ltd", "repairs")));
        foreach (var (firm, value) in new[] { ("A", "6100000"), ("B", "6200000"), ("C", "6300000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, CompletionRun.Today(clock), firm, value, TestApp.Hash("kept " + firm))));
        }
        TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, CompletionRun.Today(clock))));
        var nav = TestApp.Ok(await t.App.Building.RunAsync(TestApp.Convener, id)).Nav.Current!;
        var operatingView = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));
        var income = await CompletionRun.PayAsync(t, id, new(id, "income", Year: "2026", ManagementFee: "1000"));
        TestApp.Ok(await t.App.DisposeFlat.RunAsync(TestApp.Convener, new(id, "6A", false, "6100000", "50000", "Buyer", "SALE-6A")));
        var windUp = await CompletionRun.PayAsync(t, id, new(id, "sale"));
        var closed = TestApp.Ok(await t.App.CloseScheme.RunAsync(TestApp.Convener, new(id, "Renewal Authority general account")));
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));

        Assert.Equal("bad-amount", cashNow.Refusal?.Code);
        Assert.True(operating.Succeeded, operating.Refusal?.ToString());
        Assert.Equal("lease-overlap", overlap.Refusal?.Code);
        Assert.Equal(1_800_000, twice.Value);
        var rent = income.Lines.Single(l => l.Step == "rent").Cents;
        var expenses = income.Lines.Single(l => l.Step == "expenses").Cents;
        var paid = income.Lines.Where(l => l.Step == "income").Sum(l => l.Cents);
        var carried = income.Lines.Single(l => l.Step == "carried-forward").Cents;
        Assert.Equal(7_200_000, rent);
        Assert.Equal(250_055, expenses);
        Assert.Equal(rent - expenses - 100_000, paid + carried);
        // A year's rent of one flat is under a cent per fund unit of the whole fund: nothing can be paid per unit,
        // so all of it is carried, and the record says it missed the REIT minimum rather than hiding it.
        Assert.Equal(0, paid);
        Assert.Contains("below 90%", income.Lines.Single(l => l.Step == "carried-forward").Name, StringComparison.Ordinal);
        Assert.Equal(windUp.AmountCents, windUp.Lines.Sum(l => l.Cents));
        // NAV goes on while the fund operates: the kept flat's new valuation plus the fund's cash, over the units still held.
        Assert.Equal(620_000_000, nav.AdoptedValue.Value);
        Assert.Equal(operatingView.EscrowCents, nav.Escrow.Value);
        Assert.Equal(0, nav.Liabilities.Value);
        Assert.Equal(operatingView.UnitsOutstanding, nav.UnitsOutstanding);
        Assert.Equal(0, view.UnitsOutstanding);
        Assert.Equal(0, view.EscrowCents);
        Assert.Equal("closed", view.State);
        Assert.Contains(windUp.Lines, l => l.Step == "sale" && l.Cents > 0);
        Assert.NotEmpty(closed.Holders);
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }
}
