using Redev.Allocation;
using Redev.Schemes;
using Redev.Web.Schemes;

namespace Redev.Web.Allocation;

/// <summary>What one owner would receive under one policy.</summary>
/// <param name="Policy"><c>equity</c> or <c>cost-in-kind</c>.</param>
/// <param name="IsSchemePolicy">True for the policy the scheme has chosen; the other is shown for comparison.</param>
/// <param name="Unavailable">Why there is no figure (terms not set, or the allocation was refused); null when there is one.</param>
/// <param name="Entitlement">The exact entitlement in units, as a fraction, before rounding.</param>
/// <param name="SharePercent">The owner's units over all units issued, for display (4 decimals, floor).</param>
public sealed record PolicyPreview(
    string Policy, bool IsSchemePolicy, string? Unavailable,
    long Units, long ValueCents, string ValueHkd, long IssuePriceCents, string IssuePriceHkd,
    string Entitlement, long TotalUnits, decimal SharePercent);

/// <summary>An owner's allocation preview under both policies, with the rounding rule in words.</summary>
public sealed record OwnerPreview(string SchemeId, string Owner, IReadOnlyList<PolicyPreview> Policies, string RoundingRule);

/// <summary>
/// Computes the preview from the scheme's register and terms with the same exact allocator the CLI
/// uses; every owner of the register is counted, as if all consented, since that is what joining means.
/// </summary>
public sealed class AllocationPreview(ComparisonTermsStore comparisons, SchemeService schemes)
{
    public async Task<OwnerPreview?> ForOwnerAsync(Scheme scheme, string owner, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Register is not { } register || !register.OwnsAny(owner))
        {
            return null;
        }
        var comparison = await comparisons.GetAsync(scheme.Id.Value, ct);
        var list = new List<PolicyPreview>();
        foreach (var policy in new[] { AllocationPolicy.Equity, AllocationPolicy.CostInKind })
        {
            var name = policy == AllocationPolicy.Equity ? "equity" : "cost-in-kind";
            var isChosen = scheme.Terms?.Policy == policy;
            var terms = isChosen ? scheme.Terms : comparison?.Policy == policy ? comparison : null;
            if (terms is null)
            {
                list.Add(Empty(name, isChosen, "The figures for this policy have not been set for this scheme."));
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
        return new OwnerPreview(scheme.Id.Value, owner, list, AllocationResult.RoundingRule);
    }

    /// <summary>Sets the scheme's terms and keeps the other policy's figures for the preview, or clears stale ones.</summary>
    public async Task<SchemeChange> SetTermsAsync(SchemeId id, TermsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (chosen, other) = input.Build(out var refusal);
        if (chosen is null)
        {
            return SchemeChange.Refused(refusal!);
        }
        var change = await schemes.ChangeAsync(id, s => s.SetTerms(chosen), ct);
        if (change.Succeeded)
        {
            if (other is null)
            {
                await comparisons.ClearAsync(id.Value, ct);
            }
            else
            {
                await comparisons.SaveAsync(id.Value, other, ct);
            }
        }
        return change;
    }

    private static PolicyPreview Empty(string policy, bool chosen, string why) => new(policy, chosen, why, 0, 0, "0.00", 0, "0.00", "0", 0, 0m);
}
