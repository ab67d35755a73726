using System.Security.Claims;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;

namespace Redev.Web.Ledger;

/// <summary>
/// Holdings read from the ledger. A holder sees only their own; staff may look at anyone's (to
/// answer an owner at the counter). Every refused look is logged.
/// </summary>
public sealed class HoldingsService(RedevStore store, LedgerHolders holders, AccessRules access, TransferService transfers)
{
    /// <summary>The user's holdings in every scheme whose units exist, or only <paramref name="holder"/>'s; null when that is not theirs to see.</summary>
    public async Task<IReadOnlyList<HoldingView>?> ForAsync(ClaimsPrincipal user, string? holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var staff = Roles.IsStaff(AccessRules.RoleOf(user));
        var list = new List<HoldingView>();
        var allowed = holder is null || staff;
        foreach (var sid in await transfers.LiveSchemesAsync(ct))
        {
            var mine = await holders.OfAsync(user, sid, ct);
            if (holder is not null && mine.Contains(holder, StringComparer.Ordinal))
            {
                allowed = true;
            }
            var wanted = holder is null ? mine : [holder];
            if (wanted.Count == 0 || await store.Schemes.GetAsync(sid, ct) is not { } scheme)
            {
                continue;
            }
            var balances = await store.Ledger.BalancesAsync(sid, ct);
            foreach (var h in wanted)
            {
                if (Build(scheme, h, balances) is { } view)
                {
                    list.Add(view);
                }
            }
        }
        if (!allowed)
        {
            access.LogRefused(user, $"see the holdings of \"{holder}\"");
            return null;
        }
        return list;
    }

    /// <summary>Whether the user may take <paramref name="holder"/>'s receipt in a scheme: their own, or the notary.</summary>
    public async Task<bool> MayTakeReceiptAsync(ClaimsPrincipal user, SchemeId scheme, string holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AccessRules.RoleOf(user) == Roles.Notary || (await holders.OfAsync(user, scheme, ct)).Contains(holder, StringComparer.Ordinal))
        {
            return true;
        }
        access.LogRefused(user, $"take the ledger receipt of \"{holder}\" in scheme {scheme}");
        return false;
    }

    private static HoldingView? Build(Scheme scheme, string holder, IReadOnlyList<(AccountRef Account, AccountBalance Balance)> balances)
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
        var nav = scheme.Terms?.IssuePrice.Value ?? 0;
        var units = checked(free.Balance + pledged.Sum(p => p.Units));
        return new HoldingView(scheme.Id.Value, scheme.Name, holder, free.Balance, free.Available, pledged, free.PendingDebits, free.PendingCredits,
            hkd.Balance, nav, NavIsIssuePrice: true, checked(units * nav));
    }
}
