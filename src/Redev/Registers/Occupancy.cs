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

/// <summary>The names the register's <c>occupancy</c> column uses.</summary>
public static class Occupancies
{
    public const string Expected = "owner-occupied, tenanted or vacant";

    public static string Name(Occupancy occupancy) => occupancy switch
    {
        Occupancy.OwnerOccupied => "owner-occupied",
        Occupancy.Tenanted => "tenanted",
        Occupancy.Vacant => "vacant",
        _ => throw new ArgumentOutOfRangeException(nameof(occupancy)),
    };

    public static bool TryParse(string text, out Occupancy occupancy)
    {
        foreach (var o in new[] { Occupancy.OwnerOccupied, Occupancy.Tenanted, Occupancy.Vacant })
        {
            if (string.Equals(text, Name(o), StringComparison.OrdinalIgnoreCase))
            {
                occupancy = o;
                return true;
            }
        }
        occupancy = Occupancy.Vacant;
        return false;
    }
}
