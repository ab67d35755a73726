using System.Globalization;
using Redev.App.Statements;
using Redev.App.Tests.Support;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Statements;

/// <summary>Statements through the use case on a real store: who may read whose, the default period, and the refusals.</summary>
public class ReadStatementTests
{
    private const string Cheung = DemoData.ReceiptHolder;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today => Scheme.HongKongDate(DateTimeOffset.UtcNow);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_owner_reads_their_own_statement_and_staff_read_anyones_but_other_holders_are_refused(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("stmt-access-" + kind.ToString().ToLowerInvariant());
        var cheung = await t.HolderAsync("cheung", Role.Owner, "h-cheung");
        var investor = await t.HolderAsync("ivan", Role.Investor, "h-ivan");
        var developer = new Caller("dev", Role.Developer);
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, Cheung, "h-cheung", "hkid")));

        var own = TestApp.Ok(await t.App.Statement.RunAsync(cheung, new(id, Cheung)));
        var someoneElses = await t.App.Statement.RunAsync(cheung, new(id, "WONG Yuk Lan"));
        var investorAsks = await t.App.Statement.RunAsync(investor, new(id, Cheung));
        var developerAsks = await t.App.Statement.RunAsync(developer, new(id, Cheung));
        var developersOwn = await t.App.Statement.RunAsync(developer, new(id, Redev.Holders.LedgerHolders.Developer));

        Assert.Equal("not-your-holding", someoneElses.Refusal?.Code);
        Assert.Equal("not-your-holding", investorAsks.Refusal?.Code);
        Assert.Equal("not-your-holding", developerAsks.Refusal?.Code);
        Assert.True(developersOwn.Succeeded || developersOwn.Refusal?.Code == "unknown-holder", developersOwn.Refusal?.ToString());
        foreach (var staff in new[] { TestApp.Convener, TestApp.Notary, TestApp.Certifier, Caller.Operator })
        {
            var read = TestApp.Ok(await t.App.Statement.RunAsync(staff, new(id, Cheung)));
            Assert.Equal(own.ClosingUnits, read.ClosingUnits);
        }
        // By default the statement runs from the day of the holder's first entry to now: nothing before it, everything since.
        var holding = TestApp.Ok(await t.App.Holdings.RunAsync(cheung, Cheung)).Single(h => h.Scheme == id);
        Assert.Equal(0, own.OpeningUnits);
        Assert.Equal(holding.TotalUnits, own.ClosingUnits);
        Assert.Equal(Today.AddDays(1), own.Period.To);
        Assert.Contains(own.Movements, m => m.Code == TransferCode.Issue);
        Assert.Contains(own.Movements, m => m.Code == TransferCode.Pledge && m.PledgedChange > 0);
        Assert.Null(own.Nav);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task An_adopted_valuation_values_the_closing_units_and_a_period_that_ended_before_it_has_none(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("stmt-nav-" + kind.ToString().ToLowerInvariant());
        foreach (var (firm, value) in new[] { ("A", "150000000"), ("B", "160000000"), ("C", "170000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, Day(Today), firm, value, TestApp.Hash(firm))));
        }
        var adopted = TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, Day(Today))));

        var now = TestApp.Ok(await t.App.Statement.RunAsync(TestApp.Convener, new(id, Cheung)));
        var yesterday = await t.App.Statement.RunAsync(TestApp.Convener, new(id, Cheung, Day(Today.AddDays(-30)), Day(Today)));

        Assert.NotNull(now.Nav);
        Assert.Equal(adopted.Nav.PerUnit, now.Nav.PerUnit);
        Assert.Equal(Redev.Primitives.Cents.RoundFromDollars(adopted.Nav.PerUnit * Redev.Primitives.Rational.FromInteger(now.ClosingUnits)), now.Value);
        // The units were issued today, so a period ending at today's midnight has none of them and no valuation.
        Assert.True(yesterday.Succeeded, yesterday.Refusal?.ToString());
        Assert.Null(yesterday.Value!.Nav);
        Assert.Equal(0, yesterday.Value.ClosingUnits);
        Assert.Empty(yesterday.Value.Movements);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Unknown_holders_bad_dates_and_bad_periods_are_refused_with_their_codes(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("stmt-refused-" + kind.ToString().ToLowerInvariant());

        async Task<string?> Code(StatementCommand c) => (await t.App.Statement.RunAsync(TestApp.Convener, c)).Refusal?.Code;

        Assert.Equal("no-scheme", await Code(new("no-such-scheme", Cheung)));
        Assert.Equal("bad-input", await Code(new(id, " ")));
        Assert.Equal("unknown-holder", await Code(new(id, "NOBODY Here")));
        Assert.Equal("bad-statement-date", await Code(new(id, Cheung, "2026-13-01")));
        Assert.Equal("bad-statement-date", await Code(new(id, Cheung, null, "1/12/2026")));
        Assert.Equal("bad-period", await Code(new(id, Cheung, Day(Today), Day(Today))));
        Assert.Equal("bad-period", await Code(new(id, Cheung, Day(Today), Day(Today.AddDays(2)))));
        Assert.Equal(Refusals.RefusalKind.NotFound, Refusals.RefusalCatalogue.For(new Refusal("unknown-holder", "")).Kind);
    }
}
