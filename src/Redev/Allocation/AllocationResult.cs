using Redev.Primitives;

namespace Redev.Allocation;

/// <summary>The outcome of an allocation; <see cref="Lines"/> are in ordinal order of holder, developer included.</summary>
public sealed record AllocationResult(AllocationTerms Terms, Units TotalUnits, IReadOnlyList<AllocationLine> Lines)
{
    /// <summary>The rounding rule, stated once so the CLI, the API, the pages and the docs all say the same.</summary>
    public const string RoundingRule =
        "Entitlement = value / issue price, computed exactly. Total units = floor of the sum of entitlements. " +
        "Each holder first gets the floor of its entitlement; the units left over go one each to the holders " +
        "with the largest fractional parts, ties to the holder whose id sorts first (ordinal).";

    public AllocationLine? For(string holder) => Lines.FirstOrDefault(l => l.Holder == holder);
}
