using Redev.Primitives;
using Redev.Registers;
using Redev.Tests.Support;

namespace Redev.Tests.Registers;

public class RegisterCsvTests
{
    private static IReadOnlyList<string> Problems(string csv, bool requireAppraisals = false)
    {
        var result = RegisterCsv.Parse("reg.csv", csv, requireAppraisals);
        Assert.False(result.Succeeded);
        Assert.Null(result.Register);
        return result.Problems.Select(p => p.ToString()).ToArray();
    }

    [Fact]
    public void A_valid_register_groups_rows_into_flats_and_owners()
    {
        var register = new RegisterBuilder()
            .Flat("1/F A", 30, "CHAN Tai Man")
            .Flat("1/F B", 20, "HO Chi Keung", "1/2")
            .Flat("1/F B", 20, "HO Mei Kuen", "1/2", mortgagee: "HSBC")
            .Common("Roof", 5)
            .Parse();

        Assert.Equal(3, register.Flats.Count);
        Assert.Equal(["CHAN Tai Man", "HO Chi Keung", "HO Mei Kuen"], register.Owners);
        Assert.Equal(50, register.CountableShares(BuildingRegister.DefaultLot).Value);
        Assert.Equal(5, register.CommonShares(BuildingRegister.DefaultLot).Value);
        Assert.Equal("HSBC", register.Flats.Single(f => f.Designation == "1/F B").Owners[1].Mortgagee);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var csv = RegisterBuilder.Header + "\n\"1/F, Flat \"\"A\"\"\",30,400,\"Wong, Siu\nLing\",1,,,residential\n2/F,30,400,LEE,1,,,residential\n";
        var result = RegisterCsv.Parse("reg.csv", csv);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("1/F, Flat \"A\"", result.Register!.Flats[0].Designation);
        Assert.Equal("Wong, Siu\nLing", result.Register.Flats[0].Owners[0].Owner);
        Assert.Equal(4, result.Register.Entries[1].Line);
    }

    [Fact]
    public void A_missing_column_is_named_on_the_header_line()
    {
        var problems = Problems("flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,mortgagee,use\n1/F,1,400,A,1,,residential\n");
        Assert.Equal(["reg.csv:1: appraised_value_hkd: missing column"], problems);
    }

    [Fact]
    public void An_unknown_column_is_reported_with_its_name()
    {
        var problems = Problems(RegisterBuilder.Header + ",colour\n1/F,1,400,A,1,,,residential,red\n");
        Assert.Single(problems);
        Assert.StartsWith("reg.csv:1: header: unknown column", problems[0], StringComparison.Ordinal);
        Assert.EndsWith("(got \"colour\")", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "undivided_shares: is not a whole number (got \"abc\")")]
    [InlineData("0", "undivided_shares: must be a positive whole number (got \"0\")")]
    [InlineData("-3", "undivided_shares: must be a positive whole number (got \"-3\")")]
    [InlineData("2.5", "undivided_shares: is not a whole number (got \"2.5\")")]
    public void Bad_share_counts_are_reported_with_file_line_and_value(string shares, string expected)
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "A").Raw($"2/F,{shares},400,B,1,,,residential").Build());
        Assert.Equal([$"reg.csv:3: {expected}"], problems);
    }

    [Theory]
    [InlineData("half", "is not a fraction such as 1, 1/2 or 2/5")]
    [InlineData("1/0", "is not a fraction such as 1, 1/2 or 2/5")]
    [InlineData("0", "must be more than 0 and at most 1")]
    [InlineData("3/2", "must be more than 0 and at most 1")]
    public void Bad_fractions_are_reported(string fraction, string message)
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "A", fraction).Build());
        Assert.Equal([$"reg.csv:2: owner_fraction: {message} (got \"{fraction}\")"], problems);
    }

    [Fact]
    public void Fractions_of_a_flat_must_sum_to_exactly_one()
    {
        var problems = Problems(new RegisterBuilder()
            .Flat("3/F", 10, "A", "1/3").Flat("3/F", 10, "B", "1/3").Flat("3/F", 10, "C", "1/4").Build());
        Assert.Equal(["reg.csv:4: owner_fraction: fractions of flat 3/F sum to 11/12, not 1 (lines 2, 3, 4) (got \"1/3 + 1/3 + 1/4\")"], problems);
    }

    [Fact]
    public void A_flat_whose_shares_differ_between_rows_is_refused()
    {
        var problems = Problems(new RegisterBuilder().Flat("3/F", 10, "A", "1/2").Flat("3/F", 12, "B", "1/2").Build());
        Assert.Equal(["reg.csv:3: undivided_shares: differs from line 2 for flat 3/F (10) (got \"12\")"], problems);
    }

    [Fact]
    public void A_duplicate_flat_and_owner_row_is_refused()
    {
        var problems = Problems(new RegisterBuilder().Flat("3/F", 10, "A", "1/2").Flat("3/F", 10, "A", "1/2").Build());
        Assert.Equal(["reg.csv:3: owner: owner appears twice for flat 3/F (first on line 2) (got \"A\")"], problems);
    }

    [Fact]
    public void Appraisals_are_required_when_weights_are_by_appraisal()
    {
        var csv = new RegisterBuilder().Flat("1/F", 10, "A", appraised: "4000000").Flat("2/F", 10, "B").Build();
        Assert.True(RegisterCsv.Parse("reg.csv", csv).Succeeded);
        Assert.Equal(["reg.csv:3: appraised_value_hkd: is empty, but weights are by appraised value so every flat needs one (got \"\")"],
            Problems(csv, requireAppraisals: true));
    }

    [Fact]
    public void Appraisals_with_more_than_two_decimals_are_refused_not_rounded()
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "A", appraised: "4000000.125").Build());
        Assert.Equal(["reg.csv:2: appraised_value_hkd: is not an HKD amount with at most 2 decimals (got \"4000000.125\")"], problems);
    }

    [Fact]
    public void An_empty_file_is_an_empty_register()
    {
        Assert.Equal(["reg.csv:1: file: the register is empty: expected a header row and at least one flat"], Problems(""));
    }

    [Fact]
    public void A_header_without_rows_is_an_empty_register()
    {
        Assert.Equal(["reg.csv:2: file: the register is empty: no rows after the header"], Problems(RegisterBuilder.Header + "\n"));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_not_only_the_first()
    {
        var problems = Problems(new RegisterBuilder()
            .Raw("1/F,x,400,A,1,,,residential")
            .Raw("2/F,10,400,,1,,,residential")
            .Raw("3/F,10,400,C,1,,,palace")
            .Build());
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("reg.csv:2: undivided_shares", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("reg.csv:3: owner: is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("reg.csv:4: use:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported()
    {
        Assert.Equal(["reg.csv:2: row: expected 8 fields, found 3"], Problems(new RegisterBuilder().Raw("1/F,10,400").Build()));
    }

    [Fact]
    public void Common_parts_rows_must_have_no_owner()
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "A").Raw("Roof,5,,Someone,,,,common").Build());
        Assert.Equal(["reg.csv:3: owner: must be empty on a common-parts row (got \"Someone\")"], problems);
    }

    [Fact]
    public void A_lot_column_splits_the_register_into_lots()
    {
        var register = new RegisterBuilder(RegisterBuilder.Header + ",lot")
            .Raw("1/F,10,400,A,1,,,residential,KIL 100").Raw("1/F,20,400,B,1,,,residential,KIL 101").Parse();
        Assert.Equal(["KIL 100", "KIL 101"], register.Lots);
        Assert.Equal(10, register.CountableShares("KIL 100").Value);
    }

    [Fact]
    public void Appraisal_text_keeps_every_cent()
    {
        var register = new RegisterBuilder().Flat("1/F", 10, "A", appraised: "\"4,000,000.05\"").Parse();
        Assert.Equal(new Cents(400_000_005), register.Flats[0].AppraisedValue);
    }
}
