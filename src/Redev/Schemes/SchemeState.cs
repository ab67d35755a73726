namespace Redev.Schemes;

/// <summary>Where a scheme is in its life (DESIGN.md section 3).</summary>
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
