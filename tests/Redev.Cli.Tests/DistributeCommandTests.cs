using System.Text.Json;

namespace Redev.Cli.Tests;

public class DistributeCommandTests
{
    private static string WriteHoldings(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"holdings-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    private const string Thirds = "holder,units,pledgee\nC,1,\nA,1,\nB,1,Bank\n";

    private static Task<CliRun> Distribute(string csv, string amount, params string[] more) =>
        CliRun.RunAsync(["distribute", "--holdings", WriteHoldings(csv), "--amount", amount, .. more]);

    private static async Task<string> RefusedWith(string csv, string amount, params string[] more)
    {
        var path = WriteHoldings(csv);
        var run = await CliRun.RunAsync(["distribute", "--holdings", path, "--amount", amount, .. more]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Out);
        return run.Err.Replace(path, "FILE", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_has_the_documented_shape_and_adds_up_to_the_amount()
    {
        var run = await Distribute(Thirds, "100.00", "--fee-rate", "0.015", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(["amountCents", "feeCents", "holders"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10_000, root.GetProperty("amountCents").GetInt64());
        Assert.Equal(150, root.GetProperty("feeCents").GetInt64());
        var holders = root.GetProperty("holders").EnumerateArray().ToArray();
        Assert.All(holders, h => Assert.Equal(["holder", "units", "cents", "payee"], h.EnumerateObject().Select(p => p.Name)));
        // 9,850 cents in thirds: 3,283 each and one left over, tied; A sorts first.
        Assert.Equal([("A", 3284L), ("B", 3283L), ("C", 3283L)], holders.Select(h => (h.GetProperty("holder").GetString()!, h.GetProperty("cents").GetInt64())));
        Assert.Equal(10_000, 150 + holders.Sum(h => h.GetProperty("cents").GetInt64()));
    }

    [Fact]
    public async Task A_pledged_holders_payee_is_the_pledgee_and_anyone_elses_is_the_holder()
    {
        var run = await Distribute(Thirds, "3", "--json");

        using var doc = JsonDocument.Parse(run.Out);
        var payees = doc.RootElement.GetProperty("holders").EnumerateArray()
            .ToDictionary(h => h.GetProperty("holder").GetString()!, h => h.GetProperty("payee").GetString());
        Assert.Equal("Bank", payees["B"]);
        Assert.Equal("A", payees["A"]);
    }

    [Fact]
    public async Task The_fee_is_rounded_down_to_the_cent()
    {
        // 1.5% of HK$100.99 is 151.485 cents.
        var run = await Distribute(Thirds, "100.99", "--fee-rate", "0.015", "--json");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(151, doc.RootElement.GetProperty("feeCents").GetInt64());
    }

    [Fact]
    public async Task Without_json_a_table_shows_each_holders_money_payee_and_the_fee()
    {
        var run = await Distribute(Thirds, "100.00", "--fee-rate", "0.015");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("HK$32.84", run.Out, StringComparison.Ordinal);
        Assert.Contains("Bank", run.Out, StringComparison.Ordinal);
        Assert.Contains("fee HK$1.50 (rate 0.015); paid to holders HK$98.50", run.Out, StringComparison.Ordinal);
        Assert.Contains("largest", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_missing_a_column_is_refused_naming_the_column_and_line()
    {
        var err = await RefusedWith("holder,units,pledgee\nA,1,\nB,2\n", "10");

        Assert.Contains("FILE:3: pledgee: missing: the row has 2 field(s), the header 3", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_an_extra_column_is_refused_with_its_line()
    {
        var err = await RefusedWith("holder,units\nA,1\nB,2,Bank\n", "10");

        Assert.Contains("FILE:3: row: has 3 fields, the header 2: an extra column (got \"Bank\")", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_that_are_not_a_whole_number_are_refused_with_their_line()
    {
        var err = await RefusedWith("holder,units\nA,1.5\n", "10");

        Assert.Contains("FILE:2: units: is not a whole number (got \"1.5\")", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negative_units_are_refused_with_their_line()
    {
        var err = await RefusedWith("holder,units\nA,4\nB,-2\n", "10");

        Assert.Contains("FILE:3: units: must not be negative (got \"-2\")", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holdings_that_total_zero_units_are_refused()
    {
        var err = await RefusedWith("holder,units\nA,0\nB,0\n", "10");

        Assert.Contains("FILE:3: units: total zero", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holder_given_twice_is_refused_at_the_second_line_naming_the_first()
    {
        var err = await RefusedWith("holder,units\nA,1\nB,1\nA,2\n", "10");

        Assert.Contains("FILE:4: holder: appears twice (first on line 2) (got \"A\")", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_other_than_the_two_accepted_is_refused_on_line_one()
    {
        var err = await RefusedWith("name,units\nA,1\n", "10");

        Assert.Contains("FILE:1: header: must be holder,units or holder,units,pledgee (in this order) (got \"name,units\")", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var err = await RefusedWith("", "10");

        Assert.Contains("FILE:1: file: is empty", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_reported_in_one_run()
    {
        var err = await RefusedWith("holder,units\nA,x\n,1\nC,-1\n", "10");

        Assert.Contains("FILE:2: units:", err, StringComparison.Ordinal);
        Assert.Contains("FILE:3: holder: is empty", err, StringComparison.Ordinal);
        Assert.Contains("FILE:4: units:", err, StringComparison.Ordinal);
        Assert.Contains("3 problems found", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("ten")]
    public async Task An_amount_that_is_not_whole_cents_of_zero_or_more_is_refused_naming_the_option(string amount)
    {
        var err = await RefusedWith(Thirds, amount);

        Assert.Contains($"--amount: \"{amount}\" is not an HKD amount of zero or more with at most 2 decimals", err, StringComparison.Ordinal);
        Assert.Contains("[bad-payout-amount]", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.5")]
    public async Task A_fee_rate_of_one_or_more_is_refused(string rate)
    {
        var err = await RefusedWith(Thirds, "10", "--fee-rate", rate);

        Assert.Contains($"--fee-rate: \"{rate}\" is not less than 1", err, StringComparison.Ordinal);
        Assert.Contains("[bad-fee-rate]", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5%")]
    [InlineData("1e-2")]
    [InlineData("-0.1")]
    [InlineData(".5")]
    public async Task A_fee_rate_that_is_not_a_plain_decimal_is_refused(string rate)
    {
        var err = await RefusedWith(Thirds, "10", "--fee-rate", rate);

        Assert.Contains($"--fee-rate: \"{rate}\" is not a decimal", err, StringComparison.Ordinal);
    }
}
