namespace Redev.Schemes;

/// <summary>Where a scheme is in its life (docs/brief.md §3).</summary>
public enum SchemeState
{
    Draft,
    Enrolling,
    Lapsed,
    Vested,
    Building,
    Completed,
    Distributed,
    Operating,
    Closed,
}
