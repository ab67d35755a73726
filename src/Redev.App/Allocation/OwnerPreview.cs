namespace Redev.App.Allocation;

/// <summary>An owner's allocation preview under both policies, with the rounding rule in words.</summary>
public sealed record OwnerPreview(string SchemeId, string Owner, IReadOnlyList<PolicyPreview> Policies, string RoundingRule);
