using Redev.Allocation;
using Redev.App.Tests.Support;
using Redev.Holders;
using Redev.Ledger;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Schemes;

/// <summary>Vesting is one use case: whoever advances the scheme, its units are issued, exactly as the allocator computes them.</summary>
public class VestingTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Vesting_issues_exactly_the_units_the_allocator_computes(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("vest-" + kind.ToString().ToLowerInvariant());

        var advanced = await t.VestAsync(id, DemoData.HoldOuts);

        var scheme = advanced.Scheme;
        var participants = scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        var expected = Allocator.Allocate(scheme.Register!, scheme.Terms!, out var refusal, participants);
        Assert.Null(refusal);
        var balances = TestApp.Ok(await t.App.Ledger.BalancesAsync(TestApp.Convener, id));
        long Units(string holder) => balances.Where(b => b.Account.Holder == holder && b.Account.Asset == Asset.Units).Sum(b => b.Balance.Balance);
        Assert.True(advanced.AccountsIssued > 0);
        foreach (var line in expected!.Lines.Where(l => l.Role != HolderRole.Developer))
        {
            Assert.Equal(line.Units.Value, Units(LedgerHolders.ForAllocation(line.Holder, line.Role)));
        }
        Assert.Equal(0, Units(LedgerHolders.Developer));
        Assert.Equal(-expected.Lines.Where(l => l.Role != HolderRole.Developer).Sum(l => l.Units.Value), Units(SystemAccounts.Issuance));
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Only_the_convener_moves_a_scheme_and_a_refused_move_changes_nothing(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("guard-" + kind.ToString().ToLowerInvariant());
        var owner = await t.HolderAsync("someone", Role.Owner, "h-someone");

        var refused = await t.App.Advance.RunAsync(owner, new(id, "enrolling", "2099-01-01"));

        Assert.Equal("forbidden", refused.Refusal?.Code);
        Assert.Equal(Redev.Schemes.SchemeState.Draft, TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id)).State);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_bad_state_name_is_bad_input_not_a_conflict(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("state-" + kind.ToString().ToLowerInvariant());

        var refused = await t.App.Advance.RunAsync(TestApp.Convener, new(id, "finished"));

        Assert.Equal("bad-state", refused.Refusal?.Code);
        Assert.Equal(2, Redev.Refusals.RefusalCatalogue.For(refused.Refusal!).ExitCode);
        Assert.Equal(400, Redev.Refusals.RefusalCatalogue.For(refused.Refusal!).Status);
    }
}
