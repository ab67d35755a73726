using Redev.Primitives;

namespace Redev.Allocation;

/// <summary>Whose units these are.</summary>
public enum HolderRole
{
    Owner,
    Developer,

    /// <summary>Units paid for in cash to buy out hold-outs.</summary>
    BuyOut,
}

/// <summary>One holder's allocation.</summary>
/// <param name="Holder">The owner as written in the register, or <see cref="Allocator.DeveloperId"/>.</param>
/// <param name="Entitlement">The exact (fractional) number of units the holder is entitled to.</param>
/// <param name="Units">Units actually allocated: the floor of the entitlement, plus one if a remainder unit fell to it.</param>
/// <param name="Value">The units at the issue price.</param>
public sealed record AllocationLine(string Holder, HolderRole Role, Rational Entitlement, Units Units, Cents Value);

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
