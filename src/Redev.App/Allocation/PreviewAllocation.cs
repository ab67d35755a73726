using Redev.Allocation;
using Redev.Schemes;
using Redev.App.Holders;
using Redev.Store;

namespace Redev.App.Allocation;

/// <summary>
/// Computes the preview from the scheme's register and terms with the same exact allocator the CLI
/// uses; every owner of the register is counted, as if all consented, since that is what joining means.
/// </summary>
public sealed class PreviewAllocation(RedevStore store, HolderAccess access)
{
    /// <summary>Why a comparison policy shows no figures: the convener set none for this scheme (a page names it in its own language).</summary>
    public const string FiguresNotSet = "The figures for this policy have not been set for this scheme.";

    /// <summary>One owner's preview: the owner's own linked holder, or staff.</summary>
    public async Task<Result<OwnerPreview>> RunAsync(Caller caller, string? schemeId, string? owner, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await SchemeLookup.FindAsync(store, schemeId, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(schemeId ?? "");
        }
        var sid = scheme.Id;
        if (string.IsNullOrWhiteSpace(owner))
        {
            return AppRefusals.MissingOwner;
        }
        if (!await access.MaySeeOwnerAsync(caller, sid, owner, ct))
        {
            return Refusal.With("not-your-holding", $"You may see only your own allocation; your account is not linked to \"{owner}\" in scheme {sid}.", ("owner", owner));
        }
        if (scheme.Register is not { } register || !register.OwnsAny(owner))
        {
            return Refusal.With("no-owner", $"\"{owner}\" is not an owner in the register of scheme {sid} (owners are matched exactly as written).", ("owner", owner));
        }
        var comparison = await store.ComparisonTerms.GetAsync(scheme.Id.Value, ct);
        var list = new List<PolicyPreview>();
        foreach (var policy in new[] { AllocationPolicy.Equity, AllocationPolicy.CostInKind })
        {
            var name = policy == AllocationPolicy.Equity ? "equity" : "cost-in-kind";
            var isChosen = scheme.Terms?.Policy == policy;
            var terms = isChosen ? scheme.Terms : comparison?.Policy == policy ? comparison : null;
            if (terms is null)
            {
                list.Add(Empty(name, isChosen, FiguresNotSet));
                continue;
            }
            var result = Allocator.Allocate(register, terms, out var refusal);
            if (result?.For(owner) is not { } line)
            {
                list.Add(Empty(name, isChosen, refusal?.Message ?? "This owner has no allocation under these terms."));
                continue;
            }
            var total = result.TotalUnits.Value;
            var share = total == 0 ? 0m : Math.Floor(line.Units.Value * 1_000_000m / total) / 10_000m;
            list.Add(new PolicyPreview(name, isChosen, null, line.Units.Value, line.Value.Value, line.Value.ToDecimalString(),
                terms.IssuePrice.Value, terms.IssuePrice.ToDecimalString(), line.Entitlement.ToString(), total, share));
        }
        return Result<OwnerPreview>.Done(new OwnerPreview(scheme.Id.Value, owner, list, AllocationResult.RoundingRule));
    }

    private static PolicyPreview Empty(string policy, bool chosen, string why) => new(policy, chosen, why, 0, 0, "0.00", 0, "0.00", "0", 0, 0m);
}
