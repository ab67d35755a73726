namespace Redev.Risk;

/// <summary>The outcome of reading a scenario: the scenario, or every problem found.</summary>
public sealed record ScenarioParseResult(RiskScenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool Succeeded => Scenario is not null;
}
