using Redev.Building;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Statements;
using static Redev.Tests.Statements.StatementJournal;

namespace Redev.Tests.Statements;

public sealed class StatementBuilderTests
{
    private static readonly AdoptedValuation ThirtyOneDollarsOverThree =
        Valuation(new DateOnly(2026, 11, 14), new DateTimeOffset(2026, 11, 15, 2, 0, 0, TimeSpan.Zero), 3100, 3);

    private static HolderStatement November(params AdoptedValuation[] navs) =>
        StatementBuilder.Build(Scheme, Chan, StatementJournal.November, ChanEntries(), CashEntries(), navs);

    [Fact]
    public void Opening_plus_every_movement_is_the_closing_units()
    {
        var s = November(ThirtyOneDollarsOverThree);

        Assert.Equal(1000, s.OpeningUnits);
        Assert.Equal(600, s.ClosingUnits);
        Assert.Equal(s.ClosingUnits, s.OpeningUnits + s.Movements.Sum(m => m.UnitsChange));
        Assert.Equal(s.ClosingUnits, s.Movements[^1].UnitsAfter);
        Assert.Equal(0, s.UnitsIn);
        Assert.Equal(400, s.UnitsOut);
    }

    [Fact]
    public void An_entry_at_hong_kong_midnight_opens_the_period_and_the_second_before_it_is_in_the_opening()
    {
        var s = November();

        Assert.Equal(FirstOfNovember, s.Movements[0].At);
        Assert.Equal(TransferCode.Pledge, s.Movements[0].Code);
        Assert.DoesNotContain(s.Movements, m => m.At == LastSecondOfOctober);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), s.Period.Start);
    }

    [Fact]
    public void An_entry_at_midnight_ending_the_period_belongs_to_the_next_one()
    {
        var s = November();

        Assert.DoesNotContain(s.Movements, m => m.At == FirstOfDecember);
        var december = StatementBuilder.Build(Scheme, Chan, new StatementPeriod(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)),
            ChanEntries(), CashEntries(), []);
        Assert.Equal(s.ClosingUnits, december.OpeningUnits);
        Assert.Equal(607, december.ClosingUnits);
    }

    [Fact]
    public void A_pledge_keeps_the_units_the_holders_and_names_the_mortgagee()
    {
        var pledge = November().Movements[0];

        Assert.Equal(0, pledge.UnitsChange);
        Assert.Equal(400, pledge.PledgedChange);
        Assert.Equal(Bank, pledge.Counterparty);
        Assert.Equal("3A", pledge.Flat);
    }

    [Fact]
    public void A_proposal_moves_nothing_until_the_notary_approves_it()
    {
        var s = November();

        Assert.DoesNotContain(s.Movements, m => m.Kind == EntryKind.Pending);
        var approved = Assert.Single(s.Movements, m => m.Code == TransferCode.Transfer);
        Assert.Equal(EntryKind.PostPending, approved.Kind);
        Assert.Equal(100, approved.UnitsOut);
        Assert.Equal(Wong, approved.Counterparty);
    }

    [Fact]
    public void Cash_paid_from_escrow_for_the_holder_is_a_distribution_with_its_payee_and_others_cash_is_left_out()
    {
        var s = November();

        var paid = Assert.Single(s.Movements, m => m.Code == TransferCode.Distribution);
        Assert.Equal(12_345, paid.CashToHolderCents);
        Assert.Equal(Bank, paid.Payee);
        Assert.Equal("sale", paid.Step);
        Assert.Equal(SystemAccounts.Escrow, paid.Counterparty);
        Assert.Equal(new Cents(12_345), s.Distributions);
    }

    [Fact]
    public void A_top_up_paid_in_by_the_holder_is_cash_from_them()
    {
        var topUp = Assert.Single(November().Movements, m => m.Code == TransferCode.Deposit);

        Assert.Equal(5_000, topUp.CashFromHolderCents);
        Assert.Equal("top-up", topUp.Step);
        Assert.Equal(0, topUp.UnitsChange);
    }

    [Fact]
    public void Cancelled_units_leave_to_redemption_with_their_flat()
    {
        var redeem = Assert.Single(November().Movements, m => m.Code == TransferCode.Redeem);

        Assert.Equal(300, redeem.UnitsOut);
        Assert.Equal(SystemAccounts.Redemption, redeem.Counterparty);
        Assert.Equal("3A", redeem.Flat);
    }

    [Fact]
    public void Every_movement_carries_its_entry_id_and_hash_to_find_in_a_receipt()
    {
        var byId = Entries().ToDictionary(e => e.Id);
        foreach (var m in November().Movements)
        {
            Assert.Equal(Convert.ToHexStringLower(byId[m.EntryId].Hash), m.EntryHash);
            Assert.Equal(byId[m.EntryId].Seq, m.Seq);
        }
    }

    [Fact]
    public void Without_an_adopted_valuation_by_the_end_there_is_no_nav_and_no_value()
    {
        var afterTheEnd = Valuation(new DateOnly(2026, 11, 30), FirstOfDecember, 3100, 3);

        var s = November(afterTheEnd);

        Assert.Null(s.Nav);
        Assert.Null(s.Value);
    }

    [Fact]
    public void The_nav_is_the_latest_adopted_before_the_end_as_it_was_set()
    {
        var earlier = Valuation(new DateOnly(2026, 10, 1), new DateTimeOffset(2026, 10, 2, 2, 0, 0, TimeSpan.Zero), 1000, 1);
        var later = Valuation(new DateOnly(2026, 12, 1), new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero), 5000, 1);

        var s = November(earlier, ThirtyOneDollarsOverThree, later);

        Assert.NotNull(s.Nav);
        Assert.Equal(new DateOnly(2026, 11, 14), s.Nav.ValuedOn);
        Assert.Equal(new Cents(1033), s.Nav.PerUnitCents);
    }

    [Fact]
    public void The_value_is_closing_units_times_the_exact_nav_rounded_once()
    {
        // 600 units at 31/3 dollars is exactly 6,200.00; the NAV shown to the cent (10.33) would give 6,198.00.
        Assert.Equal(new Cents(620_000), November(ThirtyOneDollarsOverThree).Value);
    }

    [Fact]
    public void A_value_of_exactly_half_a_cent_rounds_away_from_zero()
    {
        // NAV per unit is one cent over 1,200 units.
        var halfCent = Valuation(new DateOnly(2026, 11, 1), FirstOfNovember, 1, 1200);
        var s = November(halfCent);

        // 600 units × 1/1200 cent = half a cent.
        Assert.Equal(new Cents(1), s.Value);
    }

    [Fact]
    public void A_statement_whose_movements_do_not_add_up_cannot_be_made()
    {
        var good = November();

        Assert.Throws<InvalidOperationException>(() =>
            new HolderStatement(good.Scheme, good.Holder, good.Period, good.OpeningUnits, good.Movements, good.ClosingUnits + 1, null));
    }

    [Fact]
    public void A_period_must_start_before_it_ends()
    {
        Assert.Throws<ArgumentException>(() => new StatementPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1)));
    }
}
