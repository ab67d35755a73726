using System.Text;
using Redev.Registers;
using Redev.Tests.Support;

namespace Redev.Tests.Registers;

/// <summary>The limits and reserved names of a register (docs/allocation.md, "Register limits").</summary>
public class RegisterLimitsTests
{
    private static IReadOnlyList<string> Problems(string csv)
    {
        var result = RegisterCsv.Parse("reg.csv", csv);
        Assert.False(result.Succeeded);
        return result.Problems.Select(p => p.ToString()).ToArray();
    }

    [Theory]
    [InlineData("@issuance")]
    [InlineData("@escrow")]
    [InlineData("@cash-in")]
    [InlineData("@anything-later")]
    public void An_owner_spelled_like_a_system_account_is_refused_with_its_line(string owner)
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "CHAN").Flat("2/F", 10, owner).Build());

        Assert.Equal([$"reg.csv:3: owner: must not begin with @, which marks the ledger's own accounts (got \"{owner}\")"], problems);
    }

    [Fact]
    public void A_mortgagee_spelled_like_a_system_account_is_refused_with_its_line()
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "CHAN", mortgagee: "@cash-in").Build());

        Assert.Equal(["reg.csv:2: mortgagee: must not begin with @, which marks the ledger's own accounts (got \"@cash-in\")"], problems);
    }

    [Fact]
    public void Two_flats_of_the_largest_share_count_are_refused_instead_of_overflowing_later()
    {
        var problems = Problems(new RegisterBuilder().Flat("1/F", long.MaxValue, "CHAN").Flat("2/F", long.MaxValue, "LEE").Build());

        var p = Assert.Single(problems);
        Assert.StartsWith("reg.csv:2: undivided_shares: the register's undivided shares add up to more than 1,000,000,000,000 at flat 1/F", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_that_pass_the_limit_only_together_are_refused_at_the_flat_that_passes_it()
    {
        var problems = Problems(new RegisterBuilder()
            .Flat("1/F", RegisterLimits.MaxTotalShares / 2, "CHAN").Flat("2/F", RegisterLimits.MaxTotalShares / 2, "LEE").Common("Roof", 1).Build());

        var p = Assert.Single(problems);
        Assert.StartsWith("reg.csv:4: undivided_shares:", p, StringComparison.Ordinal);
        Assert.EndsWith("(got \"1\")", p, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_at_the_share_limit_is_accepted_and_its_counts_work()
    {
        var register = new RegisterBuilder()
            .Flat("1/F", RegisterLimits.MaxTotalShares / 2, "CHAN").Flat("2/F", RegisterLimits.MaxTotalShares / 2, "LEE").Parse();

        Assert.Equal(RegisterLimits.MaxTotalShares, register.CountableShares(BuildingRegister.DefaultLot).Value);
        Assert.True(register.EveryUnitOverTenPercent(BuildingRegister.DefaultLot));
    }

    [Fact]
    public void Appraisals_adding_up_past_the_limit_are_refused()
    {
        var huge = "90000000000000000.00"; // HK$90 quadrillion: a long of cents, but not two of them
        var problems = Problems(new RegisterBuilder().Flat("1/F", 10, "CHAN", appraised: huge).Flat("2/F", 10, "LEE", appraised: huge).Build());

        Assert.Contains(problems, p => p.StartsWith("reg.csv:2: appraised_value_hkd: appraised values add up to more than HK$", StringComparison.Ordinal));
    }

    [Fact]
    public void Saleable_areas_adding_up_past_the_limit_are_refused()
    {
        var csv = RegisterBuilder.Header + "\n1/F,10,70000000000000000000000000000,CHAN,1,,,residential\n2/F,10,70000000000000000000000000000,LEE,1,,,residential\n";

        var p = Assert.Single(Problems(csv));
        Assert.StartsWith("reg.csv:2: saleable_area_sqft: saleable areas add up to more than 1,000,000,000 sq ft at flat 1/F", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_line_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes(new RegisterBuilder().Flat("1/F", 10, "CHAN").Flat("2/F", 10, "LEE").Build()).ToList();
        // "CHAN" in Big5 or Latin-1 bytes: 0xA4 0xA4 is not UTF-8.
        bytes.InsertRange(bytes.IndexOf((byte)'L'), new byte[] { 0xA4, 0xA4 });

        var result = RegisterCsv.Parse("reg.csv", bytes.ToArray());

        Assert.False(result.Succeeded);
        var p = Assert.Single(result.Problems);
        Assert.Equal((3, "file"), (p.Line, p.Field));
        Assert.Contains("not valid UTF-8", p.Message, StringComparison.Ordinal);
        Assert.Equal("0xA4", p.Got);
    }

    [Fact]
    public void Utf8_bytes_with_a_byte_order_mark_read_as_the_same_register()
    {
        var text = new RegisterBuilder().Flat("1/F", 10, "陳大文").Build();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = RegisterCsv.Parse("reg.csv", bytes);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["陳大文"], result.Register!.Owners);
    }
}
