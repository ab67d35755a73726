using Redev.Registers;

namespace Redev.Tests.Registers;

/// <summary>The register's optional occupancy column, which sets each owner's URA-style offer in a risk run.</summary>
public class OccupancyColumnTests
{
    private const string Header = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use,occupancy";

    [Fact]
    public void Each_owners_occupancy_is_read_per_row_and_an_empty_cell_means_not_stated()
    {
        var csv = Header + "\n" +
            "1/F A,30,400,A,1,,,residential,owner-occupied\n" +
            "1/F B,20,400,B,1/2,,,residential,Tenanted\n" +
            "1/F B,20,400,C,1/2,,,residential,\n" +
            "G/F,50,600,D,1,,,shop,vacant\n" +
            "Roof,5,,,,,,common,\n";
        var result = RegisterCsv.Parse("reg.csv", csv);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var stakes = result.Register!.Flats.SelectMany(f => f.Owners).ToDictionary(o => o.Owner, o => o.Occupancy);
        Assert.Equal(Occupancy.OwnerOccupied, stakes["A"]);
        Assert.Equal(Occupancy.Tenanted, stakes["B"]);
        Assert.Null(stakes["C"]);
        Assert.Equal(Occupancy.Vacant, stakes["D"]);
    }

    [Fact]
    public void Without_the_column_no_occupancy_is_stated()
    {
        var result = RegisterCsv.Parse("reg.csv", "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use\n1/F,1,400,A,1,,,residential\n");
        Assert.True(result.Succeeded);
        Assert.Null(result.Register!.Flats[0].Owners[0].Occupancy);
    }

    [Fact]
    public void An_unknown_occupancy_or_one_on_common_parts_is_refused_with_file_line_and_field()
    {
        var csv = Header + "\n" +
            "1/F A,30,400,A,1,,,residential,rented out\n" +
            "Roof,5,,,,,,common,vacant\n";
        var result = RegisterCsv.Parse("reg.csv", csv);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "reg.csv:2: occupancy: must be owner-occupied, tenanted or vacant, or empty when not known (got \"rented out\")",
                "reg.csv:3: occupancy: must be empty on a common-parts row (got \"vacant\")",
            ],
            result.Problems.Select(p => p.ToString()));
    }
}
