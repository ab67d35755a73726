using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.Cli.Tests;

/// <summary>Each kind of bad register is reported with its file and line, and leaves the store exactly as it was.</summary>
public class RegisterImportRefusalTests
{
    private const string Header = "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use";

    public static TheoryData<string, string, string> BadRegisters => new()
    {
        { "missing column", "flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,mortgagee,use\n1/F,10,400,A,1,,residential\n", ":1: appraised_value_hkd: missing column" },
        { "unknown column", Header + ",colour\n1/F,10,400,A,1,1000000,,residential,red\n", ":1: header: unknown column" },
        { "non-numeric shares", Header + "\n1/F,ten,400,A,1,1000000,,residential\n", ":2: undivided_shares: is not a whole number (got \"ten\")" },
        { "non-positive shares", Header + "\n1/F,0,400,A,1,1000000,,residential\n", ":2: undivided_shares: must be a positive whole number (got \"0\")" },
        { "unparseable fraction", Header + "\n1/F,10,400,A,one,1000000,,residential\n", ":2: owner_fraction: is not a fraction" },
        { "fractions not summing to 1", Header + "\n1/F,10,400,A,1/2,1000000,,residential\n1/F,10,400,B,1/3,1000000,,residential\n", ":3: owner_fraction: fractions of flat 1/F sum to 5/6, not 1" },
        { "shares differing within a flat", Header + "\n1/F,10,400,A,1/2,1000000,,residential\n1/F,11,400,B,1/2,1000000,,residential\n", ":3: undivided_shares: differs from line 2" },
        { "duplicate flat and owner", Header + "\n1/F,10,400,A,1/2,1000000,,residential\n1/F,10,400,A,1/2,1000000,,residential\n", ":3: owner: owner appears twice" },
        { "missing appraisal", Header + "\n1/F,10,400,A,1,,,residential\n", ":2: appraised_value_hkd: is empty, but weights are by appraised value" },
        { "empty register", Header + "\n", ":2: file: the register is empty" },
        { "empty file", "", ":1: file: the register is empty" },
        { "bytes that are not UTF-8", Header + "\n1/F,10,400,A,1,1000000,,residential\n2/F,10,400,B\u00A4,1,1000000,,residential\n", ":3: file: is not valid UTF-8 here" },
        { "owner spelled like a system account", Header + "\n1/F,10,400,@issuance,1,1000000,,residential\n", ":2: owner: must not begin with @, which marks the ledger's own accounts (got \"@issuance\")" },
        { "mortgagee spelled like a system account", Header + "\n1/F,10,400,A,1,1000000,@escrow,residential\n", ":2: mortgagee: must not begin with @" },
        { "shares too many to add up", Header + "\n1/F,9223372036854775807,400,A,1,1000000,,residential\n2/F,9223372036854775807,400,B,1,1000000,,residential\n",
            ":2: undivided_shares: the register's undivided shares add up to more than" },
    };

    [Theory]
    [MemberData(nameof(BadRegisters))]
    public async Task A_bad_register_is_refused_by_file_and_line_and_changes_nothing(string kind, string csv, string expected)
    {
        _ = kind;
        var db = (await TestStores.FreshAsync(StoreKind.Sqlite)).Target;
        var good = Path.Combine(Path.GetTempPath(), $"good-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(good, Header + "\n1/F,10,400,A,1,1000000,,residential\n2/F,10,400,B,1,1000000,,residential\n");
        Assert.Equal(0, (await CliRun.RunAsync("scheme", "create", "--scheme", "s", "--name", "S", "--completion-year", "1970", "--db", db)).ExitCode);
        // Appraised weights make appraisals required, so the "missing appraisal" case has something to refuse.
        Assert.Equal(0, (await CliRun.RunAsync("scheme", "terms", "--scheme", "s", "--policy", "equity", "--site-value", "100", "--construction-cost", "0",
            "--issue-price", "1", "--weights", "appraised", "--db", db)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("register", "import", "--scheme", "s", "--file", good, "--db", db)).ExitCode);
        string before;
        await using (var store = await RedevStore.OpenAsync(StoreLocation.Parse(db)))
        {
            before = await Snapshot.TakeAsync(store.Database);
        }

        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        // Latin-1 writes U+00A4 as the single byte 0xA4, which is not UTF-8: the way a Big5 or Latin-1 export arrives.
        await File.WriteAllBytesAsync(bad, System.Text.Encoding.Latin1.GetBytes(csv));
        var run = await CliRun.RunAsync("register", "import", "--scheme", "s", "--file", bad, "--db", db);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(bad + expected, run.Err, StringComparison.Ordinal);
        await using (var store = await RedevStore.OpenAsync(StoreLocation.Parse(db)))
        {
            Assert.Equal(before, await Snapshot.TakeAsync(store.Database));
        }
    }
}
