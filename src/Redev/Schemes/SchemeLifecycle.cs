namespace Redev.Schemes;

/// <summary>The transitions the lifecycle allows; anything else is refused.</summary>
public static class SchemeLifecycle
{
    private static readonly Dictionary<SchemeState, SchemeState[]> Next = new()
    {
        [SchemeState.Draft] = [SchemeState.Enrolling],
        [SchemeState.Enrolling] = [SchemeState.Vested, SchemeState.Lapsed],
        [SchemeState.Vested] = [SchemeState.Building],
        [SchemeState.Building] = [SchemeState.Completed],
        [SchemeState.Completed] = [SchemeState.Distributed, SchemeState.Operating],
        [SchemeState.Distributed] = [SchemeState.Closed],
        [SchemeState.Operating] = [SchemeState.Closed],
        [SchemeState.Lapsed] = [],
        [SchemeState.Closed] = [],
    };

    public static IReadOnlyList<SchemeState> NextStates(SchemeState from) => Next[from];

    public static bool CanMove(SchemeState from, SchemeState to) => Next[from].Contains(to);
}
