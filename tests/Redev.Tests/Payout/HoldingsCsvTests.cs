using Redev.Payout;

namespace Redev.Tests.Payout;

public class HoldingsCsvTests
{
    [Fact]
    public void A_file_with_pledgees_is_read_with_fields_trimmed_and_an_empty_pledgee_meaning_none()
    {
        var result = HoldingsCsv.Parse("h.csv", "Holder, Units ,PLEDGEE\n A ,3,\nB,4, Bank \n");

        Assert.True(result.Succeeded);
        Assert.Equal([("A", 3L, (string?)null), ("B", 4L, "Bank")], result.Holdings!.Select(h => (h.Holder, h.Units, h.Pledgee)));
    }

    [Fact]
    public void A_file_without_the_pledgee_column_pays_every_holder_itself()
    {
        var result = HoldingsCsv.Parse("h.csv", "holder,units\nA,3\n");

        Assert.Equal("A", Assert.Single(result.Holdings!).Payee);
    }

    [Theory]
    [InlineData("units,holder\nA,1\n")]
    [InlineData("holder\nA\n")]
    [InlineData("holder,units,pledgee,note\nA,1,,x\n")]
    [InlineData("holder,shares\nA,1\n")]
    public void Any_other_header_is_refused_on_line_one(string csv)
    {
        var problem = Assert.Single(HoldingsCsv.Parse("h.csv", csv).Problems);

        Assert.StartsWith("h.csv:1: header: must be holder,units or holder,units,pledgee", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_their_line()
    {
        byte[] bytes = [.. "holder,units\nA,1\n"u8, 0xFF, .. ",2\n"u8];

        var problem = Assert.Single(HoldingsCsv.Parse("h.csv", bytes).Problems);

        Assert.Equal(3, problem.Line);
        Assert.Equal("file", problem.Field);
        Assert.Contains("save the holdings as UTF-8", problem.Message, StringComparison.Ordinal);
    }
}
