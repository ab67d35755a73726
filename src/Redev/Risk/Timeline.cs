namespace Redev.Risk;

/// <summary>
/// Planned months from today to vesting, demolition and completion, and the delay of each stage.
/// A stage's delay pushes it and every later stage back (delays accumulate).
/// </summary>
public sealed record Timeline(
    int VestingMonths,
    int DemolitionMonths,
    int CompletionMonths,
    StageDelay VestingDelay,
    StageDelay DemolitionDelay,
    StageDelay CompletionDelay)
{
    /// <summary>The last month any path can complete: every path is simulated this far.</summary>
    public int HorizonMonths => CompletionMonths + VestingDelay.MaxMonths + DemolitionDelay.MaxMonths + CompletionDelay.MaxMonths;
}
