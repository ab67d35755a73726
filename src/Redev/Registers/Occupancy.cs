namespace Redev.Registers;

/// <summary>
/// How an owner uses their stake in a flat, as the register's optional <c>occupancy</c> column says.
/// It decides the allowance of a URA-style acquisition offer (docs/risk.md, "The URA-style offer"):
/// an owner who lives in the flat is offered enough to buy a seven-year-old flat nearby, others less.
/// </summary>
public enum Occupancy
{
    /// <summary>The owner's sole residence (or their immediate family's).</summary>
    OwnerOccupied,

    /// <summary>Let to a tenant.</summary>
    Tenanted,

    /// <summary>Empty, or not the owner's sole residence.</summary>
    Vacant,
}

