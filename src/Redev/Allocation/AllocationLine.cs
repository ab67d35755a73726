using Redev.Primitives;

namespace Redev.Allocation;

/// <summary>One holder's allocation.</summary>
/// <param name="Holder">The owner as written in the register, or <see cref="Allocator.DeveloperId"/>.</param>
/// <param name="Entitlement">The exact (fractional) number of units the holder is entitled to.</param>
/// <param name="Units">Units actually allocated: the floor of the entitlement, plus one if a remainder unit fell to it.</param>
/// <param name="Value">The units at the issue price.</param>
public sealed record AllocationLine(string Holder, HolderRole Role, Rational Entitlement, Units Units, Cents Value);
