namespace Redev.App.Allocation;

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
