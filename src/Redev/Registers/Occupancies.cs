namespace Redev.Registers;

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
