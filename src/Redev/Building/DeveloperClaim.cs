using Redev.Allocation;
using Redev.Primitives;

namespace Redev.Building;

/// <summary>
/// What the fund owes its developer in Hong Kong dollars rather than in units (docs/building.md,
/// "What the fund owes"). Under equity the developer's cash in escrow is still the developer's until a
/// certified milestone turns it into units. Under cost-in-kind the developer is owed the common burden in
/// HKD, senior to the owners: every dollar it has deposited is a claim whether drawn or not. After a
/// default the undrawn cash stays with the fund (the issue of replacing the developer is open), so only
/// work already certified remains a claim.
/// </summary>
public static class DeveloperClaim
{
    public static Cents Of(AllocationPolicy policy, Cents deposited, Cents drawn, bool defaulted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(deposited.Value, drawn.Value, nameof(deposited));
        var undrawn = defaulted ? Cents.Zero : deposited - drawn;
        return policy == AllocationPolicy.CostInKind ? drawn + undrawn : undrawn;
    }
}
