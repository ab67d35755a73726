using Redev.Primitives;

namespace Redev.Allocation;

/// <summary>
/// The money terms of an allocation. Built only through <see cref="Equity"/> or
/// <see cref="CostInKind"/>, which check the figures, so an instance in hand is always usable.
/// </summary>
public sealed record AllocationTerms
{
    public AllocationPolicy Policy { get; }
    public Cents IssuePrice { get; }
    public WeightBasis Weights { get; }

    /// <summary>Equity: the agreed value of the whole site (V). Cost-in-kind: the post-redevelopment value.</summary>
    public Cents OwnersBase { get; }

    /// <summary>Equity: the construction cost (C). Cost-in-kind: the common burden.</summary>
    public Cents DeveloperValue { get; }

    private AllocationTerms(AllocationPolicy policy, Cents issuePrice, WeightBasis weights, Cents ownersBase, Cents developerValue)
    {
        Policy = policy;
        IssuePrice = issuePrice;
        Weights = weights;
        OwnersBase = ownersBase;
        DeveloperValue = developerValue;
    }

    /// <summary>Owners' value in total: V for equity; post value minus burden for cost-in-kind.</summary>
    public Cents OwnersValue => Policy == AllocationPolicy.Equity ? OwnersBase : OwnersBase - DeveloperValue;

    public static AllocationTerms? Equity(Cents siteValue, Cents constructionCost, Cents issuePrice, WeightBasis weights, out Refusal? refusal)
    {
        refusal = CheckPrice(issuePrice)
                  ?? (siteValue.Value <= 0 ? new Refusal("bad-site-value", $"--site-value must be positive (got {siteValue}).") : null)
                  ?? (constructionCost.Value < 0 ? new Refusal("bad-construction-cost", $"--construction-cost cannot be negative (got {constructionCost}).") : null);
        return refusal is null ? new AllocationTerms(AllocationPolicy.Equity, issuePrice, weights, siteValue, constructionCost) : null;
    }

    public static AllocationTerms? CostInKind(Cents postValue, Cents commonBurden, Cents issuePrice, WeightBasis weights, out Refusal? refusal)
    {
        refusal = CheckPrice(issuePrice)
                  ?? (postValue.Value <= 0 ? new Refusal("bad-post-value", $"--post-value must be positive (got {postValue}).") : null)
                  ?? (commonBurden.Value < 0 ? new Refusal("bad-common-burden", $"--common-burden cannot be negative (got {commonBurden}).") : null)
                  ?? (commonBurden >= postValue
                      ? new Refusal("burden-exceeds-value",
                          $"The common burden ({commonBurden}) is at or above the post-redevelopment value ({postValue}): owners would receive nothing or less, so the scheme cannot be allocated on these terms.")
                      : null);
        return refusal is null ? new AllocationTerms(AllocationPolicy.CostInKind, issuePrice, weights, postValue, commonBurden) : null;
    }

    private static Refusal? CheckPrice(Cents issuePrice) =>
        issuePrice.Value <= 0 ? new Refusal("bad-issue-price", $"--issue-price must be positive (got {issuePrice}).") : null;

    /// <summary>The policy's name as the CLI and JSON write it.</summary>
    public string PolicyName => Policy == AllocationPolicy.Equity ? "equity" : "cost-in-kind";
}
