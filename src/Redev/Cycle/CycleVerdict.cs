namespace Redev.Cycle;

/// <summary>
/// Where a market stands in its cycle in one month. The risk model maps it to its starting regime
/// (Downturn to downturn; Bottoming and Stabilising to stabilising; Expanding to expansion), so the
/// names are part of the contract with that model. <see cref="CannotTell"/> maps to no regime: the
/// risk model then keeps the scenario's own starting regime.
/// </summary>
public enum CycleVerdict
{
    /// <summary>Prices fell from a peak and transaction volume has not yet turned up.</summary>
    Downturn,

    /// <summary>Volume (and perhaps inventory) turned, but prices have not, or a necessary condition is missing.</summary>
    Bottoming,

    /// <summary>Prices troughed after volume and inventory, with money easy and growth improving.</summary>
    Stabilising,

    /// <summary>Prices have been rising from a confirmed trough for the stated expansion period.</summary>
    Expanding,

    /// <summary>
    /// The data cannot support any of the other verdicts: rule 1 cannot be read (no volume, inventory or
    /// price series) and prices have not been rising for the expansion period. A price trough alone
    /// does not show that a market is stabilising.
    /// </summary>
    CannotTell,
}
