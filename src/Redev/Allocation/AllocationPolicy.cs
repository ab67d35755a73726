namespace Redev.Allocation;

/// <summary>How a scheme divides its units (docs/brief.md §4).</summary>
public enum AllocationPolicy
{
    /// <summary>Site value and construction cost are both capital at one issue price; profit or loss is shared pro rata.</summary>
    Equity,

    /// <summary>The developer is paid the common burden in kind; owners share the rest of the post-redevelopment value.</summary>
    CostInKind,
}
