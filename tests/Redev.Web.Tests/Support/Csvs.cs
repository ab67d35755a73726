namespace Redev.Web.Tests.Support;

/// <summary>Register files for import tests.</summary>
public static class Csvs
{
    public const string Header = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use";

    public static readonly string Good = string.Join('\n', Header,
        "G/F Shop,40,700,Golden Harvest Ltd,1,15000000,Hang Seng Bank,shop",
        "1/F A,30,450,陳大文,1,4000000,,residential",
        "1/F B,30,450,HO Chi Keung,1/3,4000000,,residential",
        "1/F B,30,450,HO Mei Kuen,2/3,4000000,HSBC,residential",
        "Roof,5,,,,,,common") + "\n";

    /// <summary>Three problems on lines 2, 3 and 5.</summary>
    public static readonly string Bad = string.Join('\n', Header,
        "G/F Shop,forty,700,Golden Harvest Ltd,1,15000000,,shop",
        "1/F A,30,450,,1,4000000,,residential",
        "1/F B,30,450,HO Chi Keung,1/3,4000000,,residential",
        "1/F B,30,450,HO Mei Kuen,1/3,4000000,,residential") + "\n";
}
