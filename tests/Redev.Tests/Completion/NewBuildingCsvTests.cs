using Redev.Completion;

namespace Redev.Tests.Completion;

/// <summary>The new building's register: values by the three-appraiser rule, every problem at its line, nothing half read.</summary>
public class NewBuildingCsvTests
{
    private const string Header = "flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3\n";

    [Fact]
    public void Each_flat_is_valued_at_the_median_of_its_three_appraisals()
    {
        var result = NewBuildingCsv.Parse("new.csv", Header + "3A,3,520,8100000,7900000,8000000.50\n");

        Assert.True(result.Succeeded);
        Assert.Equal(800_000_050, result.Flats!.Single().Value.Value);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_field_and_no_flat_is_returned()
    {
        var result = NewBuildingCsv.Parse("new.csv", Header + "3A,3,520,1,1,1\n3A,3,520,1,1,1\n4A,,0,x,1,1\n5A,5,500,5000000,8000000,8000000\n");

        Assert.Null(result.Flats);
        Assert.Equal(["new.csv:3: flat", "new.csv:4: floor", "new.csv:4: saleable_area_sqft", "new.csv:4: appraisal_1", "new.csv:5: appraisal_1"],
            result.Problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        Assert.Contains("37% or more", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_is_refused_before_any_row()
    {
        var result = NewBuildingCsv.Parse("new.csv", "flat,floor,area,a,b,c\n3A,3,520,1,1,1\n");

        Assert.Equal("new.csv:1: header", $"{result.Problems.Single().File}:{result.Problems.Single().Line}: {result.Problems.Single().Field}");
    }
}
