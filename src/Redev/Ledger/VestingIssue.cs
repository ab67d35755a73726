using System.Security.Cryptography;
using System.Text;
using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// Turns a vesting allocation into ledger transfers: units from issuance to each consenting owner
/// and to the hold-out buy-out, then the share attributable to mortgaged flats pledged to each
/// mortgagee. The developer's units are not issued here: they are issued milestone by milestone
/// as construction is certified (docs/brief.md §3), never up front.
/// </summary>
public static class VestingIssue
{
    /// <summary>Who authorises vesting transfers in the journal.</summary>
    public const string Authority = "@convener";

    public static IssuePlan Plan(Scheme scheme, AllocationResult allocation)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(allocation);
        var register = scheme.Register ?? throw new InvalidOperationException($"Scheme {scheme.Id} has no register.");
        var accounts = new List<AccountRef>(SystemAccounts.All);
        var transfers = new List<TransferRequest>();
        foreach (var line in allocation.Lines.Where(l => l.Role != HolderRole.Developer && l.Units.Value > 0))
        {
            // Register owners keep their text as written; the buy-out is an @-account, so it can never be an owner's.
            var holder = Holders.LedgerHolders.ForAllocation(line.Holder, line.Role);
            var free = new AccountRef(holder, Asset.Units);
            accounts.Add(free);
            accounts.Add(new AccountRef(holder, Asset.HkdCents));
            transfers.Add(new TransferRequest(IdFor(scheme.Id, "issue", holder, ""), scheme.Id, AccountRef.Issuance, free,
                line.Units.Value, TransferCode.Issue, AuthorizedBy: Authority, Metadata: "vesting"));
            if (line.Role != HolderRole.Owner)
            {
                continue;
            }
            foreach (var (mortgagee, units) in PledgedParts(register, allocation.Terms.Weights, line.Holder, line.Units.Value))
            {
                var pledged = free with { PledgedTo = mortgagee };
                accounts.Add(pledged);
                transfers.Add(new TransferRequest(IdFor(scheme.Id, "pledge", line.Holder, mortgagee), scheme.Id, free, pledged,
                    units, TransferCode.Pledge, AuthorizedBy: Authority, Metadata: "vesting: flat mortgaged"));
            }
        }
        accounts.Add(new AccountRef(Holders.LedgerHolders.Developer, Asset.Units));
        accounts.Add(new AccountRef(Holders.LedgerHolders.Developer, Asset.HkdCents));
        return new IssuePlan(scheme.Id, accounts.Distinct().ToArray(), transfers);
    }

    /// <summary>
    /// Splits an owner's units between free and each mortgagee in proportion to the weight of the
    /// flats behind them, by the same largest-remainder rule as the allocation, so the parts sum
    /// exactly to the owner's units.
    /// </summary>
    public static IReadOnlyList<(string Mortgagee, long Units)> PledgedParts(BuildingRegister register, WeightBasis basis, string owner, long units)
    {
        ArgumentNullException.ThrowIfNull(register);
        var parts = new Dictionary<string, Rational>(StringComparer.Ordinal);
        foreach (var flat in register.Flats.Where(f => !f.IsCommon))
        {
            var measure = basis == WeightBasis.Shares ? flat.Shares.Value : flat.AppraisedValue?.Value ?? 0;
            foreach (var stake in flat.Owners.Where(o => o.Owner == owner))
            {
                var key = stake.Mortgagee ?? "";
                var w = stake.Fraction * Rational.FromInteger(measure);
                parts[key] = parts.TryGetValue(key, out var old) ? old + w : w;
            }
        }
        if (parts.Keys.All(k => k.Length == 0))
        {
            return [];
        }
        var total = parts.Values.Aggregate(Rational.Zero, (s, w) => s + w);
        var ordered = parts.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var split = Allocator.LargestRemainder(ordered.Select(p => (p.Key, Rational.FromInteger(units) * p.Value / total)).ToArray(), out _);
        return ordered.Select((p, i) => (p.Key, split[i])).Where(x => x.Key.Length > 0 && x.Item2 > 0).ToArray();
    }

    /// <summary>Deterministic ids, so that issuing again after a crash is a replay, not a second issue.</summary>
    public static Guid IdFor(SchemeId scheme, string what, string holder, string extra)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"redev-vesting\n{scheme.Value}\n{what}\n{holder}\n{extra}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
