namespace Redev.Allocation;

/// <summary>Whose units these are.</summary>
public enum HolderRole
{
    Owner,
    Developer,

    /// <summary>Units paid for in cash to buy out hold-outs.</summary>
    BuyOut,
}
