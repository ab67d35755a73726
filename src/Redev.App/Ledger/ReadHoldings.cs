using Redev.App.Holders;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>
/// Holdings read from the ledger. A holder sees only the holders they act for in each scheme (asking
/// for one by name never reaches another scheme's holder of the same name); staff may look at anyone's,
/// to answer an owner at the counter.
/// </summary>
public sealed class ReadHoldings(RedevStore store, HolderAccess access, ReadTransfers transfers, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<HoldingView>>> RunAsync(Caller caller, string? holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var staff = caller.Role.IsStaff();
        var list = new List<HoldingView>();
        var anyOwn = false;
        foreach (var sid in await transfers.LiveSchemesAsync(ct))
        {
            var mine = await access.LedgerHoldersOfAsync(caller, sid, ct);
            IReadOnlyList<string> wanted = holder is null ? mine : staff || mine.Contains(holder, StringComparer.Ordinal) ? [holder] : [];
            anyOwn |= holder is not null && mine.Contains(holder, StringComparer.Ordinal);
            if (wanted.Count == 0 || await store.Schemes.GetAsync(sid, ct) is not { } scheme)
            {
                continue;
            }
            var balances = await store.Ledger.BalancesAsync(sid, ct);
            var nav = (await Building.BuildingFacts.LoadAsync(store, scheme, clock.GetUtcNow(), ct)).CurrentNav;
            foreach (var h in wanted)
            {
                if (Build(scheme, h, balances, nav) is { } view)
                {
                    list.Add(view);
                }
            }
        }
        if (holder is not null && !staff && !anyOwn)
        {
            return Refusal.With("not-your-holding", $"You may see only your own holdings, not those of \"{holder}\".", ("holder", holder));
        }
        return Result<IReadOnlyList<HoldingView>>.Done(list);
    }

    /// <summary>One holder's view; valued at the current NAV once a valuation is adopted, at the issue price before.</summary>
    private static HoldingView? Build(Scheme scheme, string holder, IReadOnlyList<(AccountRef Account, AccountBalance Balance)> balances, Redev.Building.NetAssetValue? nav)
    {
        var own = balances.Where(b => b.Account.Holder == holder).ToArray();
        if (own.Length == 0)
        {
            return null;
        }
        var free = own.FirstOrDefault(b => b.Account.Asset == Asset.Units && !b.Account.IsPledged).Balance;
        var hkd = own.FirstOrDefault(b => b.Account.Asset == Asset.HkdCents).Balance;
        var pledged = own.Where(b => b.Account.Asset == Asset.Units && b.Account.IsPledged)
            .Select(b => new PledgeView(b.Account.PledgedTo, b.Balance.Balance)).ToArray();
        var units = checked(free.Balance + pledged.Sum(p => p.Units));
        if (nav is not null)
        {
            var value = Redev.Primitives.Cents.RoundFromDollars(nav.PerUnit * Redev.Primitives.Rational.FromInteger(units)).Value;
            return new HoldingView(scheme.Id.Value, scheme.Name, holder, free.Balance, free.Available, pledged, free.PendingDebits, free.PendingCredits,
                hkd.Balance, nav.PerUnitCents.Value, NavIsIssuePrice: false, value);
        }
        var issue = scheme.Terms?.IssuePrice.Value ?? 0;
        return new HoldingView(scheme.Id.Value, scheme.Name, holder, free.Balance, free.Available, pledged, free.PendingDebits, free.PendingCredits,
            hkd.Balance, issue, NavIsIssuePrice: true, checked(units * issue));
    }
}
