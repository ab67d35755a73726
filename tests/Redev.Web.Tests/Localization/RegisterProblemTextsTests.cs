using System.Text.RegularExpressions;
using Redev.Registers;
using Redev.Web.Localization;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Localization;

/// <summary>Every kind of register problem a convener can meet has Chinese words on the Chinese page.</summary>
public partial class RegisterProblemTextsTests
{
    private const string H = Csvs.Header;

    /// <summary>Registers that between them make every kind of problem the import reports.</summary>
    public static TheoryData<string> BadRegisters() => new()
    {
        Csvs.Bad,
        "",
        H + "\n",
        "flat,undivided_shares,colour\n",
        "flat,flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use\n",
        H + "\n\"1/F A,30\n",
        string.Join('\n', H,
            ",30,450,A,1,,,residential",
            "1/F A,-3,450,A,1,,,residential",
            "1/F B,30,big,B,1,,,residential",
            "1/F C,30,-1,C,1,,,residential",
            "1/F D,30,,D,1,,,residential",
            "1/F E,30,450,@me,1,,,residential",
            "1/F F,30,450,F,half,,,residential",
            "1/F G,30,450,G,3/2,,,residential",
            "1/F H,30,450,H,1,lots,,residential",
            "1/F I,30,450,I,1,-5,,residential",
            "1/F J,30,450,J,1,,@bank,residential",
            "1/F K,30,450,K,1,,,castle",
            "1/F L,30,450,,1,,,residential",
            "Roof,5,,Someone,,,,common",
            "1/F M,30,450,M,1,,,residential,extra",
            "1/F N,30,450,N,1/2,,,residential",
            "1/F N,31,450,N,1/2,,,shop",
            "Roof,5,,,,,,common",
            "1/F P,0,450,P,1,,,residential") + "\n",
        string.Join('\n', H + ",occupancy",
            "1/F A,30,450,A,1,100,,residential,squatted",
            "1/F A,30,450,B,1,200,,residential,",
            "Roof,5,,,,,,common,vacant") + "\n",
    };

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Theory]
    [MemberData(nameof(BadRegisters))]
    public void Every_problem_of_a_bad_register_reads_in_Chinese(string csv)
    {
        var problems = RegisterCsv.Parse("bad.csv", csv).Problems;

        Assert.NotEmpty(problems);
        foreach (var p in problems)
        {
            var text = RegisterProblemTexts.Message(p, chinese: true);
            Assert.True(Chinese().IsMatch(text), $"no Chinese for \"{p.Message}\"");
        }
    }

    [Fact]
    public void Values_of_a_problem_are_kept_in_the_Chinese_text()
    {
        Assert.True(RegisterProblemTexts.TryChinese("expected 8 fields, found 9", out var text));
        Assert.Equal("應有 8 個欄位，但找到 9 個", text);
        Assert.Equal("is not a whole number", RegisterProblemTexts.Message(new Redev.Text.InputProblem("a.csv", 2, "undivided_shares", "is not a whole number", "x"), chinese: false));
    }

    [Fact]
    public void A_message_not_in_the_table_is_shown_as_written()
    {
        Assert.False(RegisterProblemTexts.TryChinese("something new", out var text));
        Assert.Equal("something new", text);
    }
}
