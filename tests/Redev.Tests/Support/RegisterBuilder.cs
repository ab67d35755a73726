using System.Text;

namespace Redev.Tests.Support;

/// <summary>Builds register CSV text row by row, so each test shows only the rows it cares about.</summary>
public sealed class RegisterBuilder
{
    private readonly StringBuilder _csv = new();
    public const string Header = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use";

    public RegisterBuilder(string header = Header) => _csv.Append(header).Append('\n');

    public RegisterBuilder Flat(string flat, long shares, string owner, string fraction = "1", string appraised = "", string mortgagee = "", string use = "residential", int area = 400)
    {
        _csv.Append(Quote(flat)).Append(',').Append(shares).Append(',').Append(area).Append(',').Append(Quote(owner)).Append(',')
            .Append(fraction).Append(',').Append(appraised).Append(',').Append(Quote(mortgagee)).Append(',').Append(use).Append('\n');
        return this;
    }

    public RegisterBuilder Common(string flat, long shares)
    {
        _csv.Append(Quote(flat)).Append(',').Append(shares).Append(",,,,,,common\n");
        return this;
    }

    public RegisterBuilder Raw(string line)
    {
        _csv.Append(line).Append('\n');
        return this;
    }

    public string Build() => _csv.ToString();

    public Redev.Registers.BuildingRegister Parse(bool requireAppraisals = false)
    {
        var result = Redev.Registers.RegisterCsv.Parse("test.csv", Build(), requireAppraisals);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Register!;
    }

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
