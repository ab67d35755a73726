using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Redev.Cycle;
using Redev.Text;
using Redev.Web.Localization;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Localization;

/// <summary>
/// Every kind of problem a market upload can meet has a code and words in both languages: the English the CLI and
/// the API print, and Chinese with the same values, so the Chinese upload page never shows the importer's English.
/// </summary>
public partial class MarketProblemTextsTests
{
    private const string Monthly = "date,value\n2020-01-01,1\n2020-02-01,2\n2020-03-01,3\n";

    private static readonly IStringLocalizer Cycle = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(CycleResource));

    /// <summary>Codes no case below can meet, each for its reason.</summary>
    private static readonly HashSet<string> MetElsewhere =
    [
        // A file is read as quarterly only when every date starts a quarter, so the check is a guard that never fires.
        "series-quarter-start",
        // The upload's own problems (two files under one name, no series, a file too large) are met by the upload page's tests.
        "upload-duplicate-name", "upload-no-series", "upload-file-too-large",
    ];

    /// <summary>Series files (with the column and filter they are read with) that between them make every kind of problem the series reader reports.</summary>
    private static readonly (string Csv, string? Column, string? Filter)[] SeriesCases =
    [
        ("date,value\n2020-01-01,\"1.5\n", null, null),
        ("", null, null),
        ("month,value\n2020-01,1\n", null, null),
        ("date,a,b\n2020-01-01,1,2\n", null, null),
        (Monthly, "price", null),
        (Monthly, null, "region=HK"),
        ("date,value\n2020-01-01,1,2\n", null, null),
        ("date,value\n2020/01/01,1\n", null, null),
        ("date,value\n2020-01-01,abc\n", null, null),
        ("date,value\n2020-01-01,1\n2020-01-01,2\n", null, null),
        ("date,value\n", null, null),
        ("date,region,value\n2020-01-01,HK,1\n", null, "region=Paris"),
        ("date,value\n2020-01-01,.\n2020-02-01,.\n", null, null),
        ("date,value\n2020-01-01,1\n2020-03-01,2\n", null, null),
        ("date,value\n2020-01-01,1\n2020-05-01,2\n", null, null),
        ("date,value\n2020-01-05,1\n2020-01-06,1\n2020-03-05,1\n", null, null),
    ];

    /// <summary>Market files that between them make every kind of problem the market reader reports.</summary>
    private static readonly string[] MarketCases =
    [
        "{ nope",
        "null",
        """{ "price": {} }""",
        """{ "price": { "file": "p.csv", "aggregate": "median" } }""",
        """{ "price": { "file": "p.csv", "publicationLagMonths": 30 } }""",
        """{ "price": { "file": "missing.csv" } }""",
        """{ "inventory": { "file": "p.csv", "kind": "stockpile" } }""",
        """{ "coreInflation": { "file": "p.csv", "kind": "yoy" } }""",
        $$"""{ "name": "{{new string('x', 201)}}", "price": { "file": "p.csv" } }""",
        """{ "inventory": { "file": "p.csv", "kind": "level", "stock": { "file": "p.csv" } } }""",
        """{ "inventory": { "file": "p.csv", "kind": "vacancyRate" } }""",
        """{ "volume": { "file": "p.csv" }, "inventory": { "file": "p.csv", "kind": "vacancyRate", "stock": { "file": "q.csv" } } }""",
        """{ "price": { "file": "a.csv" } }""",
    ];

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["p.csv"] = Monthly,
        ["q.csv"] = "date,value\n2020-01-01,1\n2020-04-01,2\n2020-07-01,3\n",
        ["a.csv"] = "date,value\n2018-01-01,1\n2019-01-01,2\n2020-01-01,3\n",
    };

    public static TheoryData<string, string?, string?> BadSeries()
    {
        var data = new TheoryData<string, string?, string?>();
        foreach (var (csv, column, filter) in SeriesCases)
        {
            data.Add(csv, column, filter);
        }
        return data;
    }

    public static TheoryData<string> BadMarkets() => [.. MarketCases];

    private static IReadOnlyList<InputProblem> SeriesProblems(string csv, string? column, string? filter)
    {
        var filters = filter is null ? null : new Dictionary<string, string> { [filter.Split('=')[0]] = filter.Split('=')[1] };
        return SeriesCsv.Parse("s.csv", csv, new SeriesSpec("s", column, filters)).Problems;
    }

    private static IReadOnlyList<InputProblem> MarketProblems(string json) =>
        MarketFile.Parse("market.json", json, p => Files.GetValueOrDefault(p)).Problems;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Theory]
    [MemberData(nameof(BadSeries))]
    public void Every_problem_of_a_bad_series_file_has_a_code_and_reads_in_both_languages(string csv, string? column, string? filter) =>
        ReadsInBothLanguages(SeriesProblems(csv, column, filter));

    [Theory]
    [MemberData(nameof(BadMarkets))]
    public void Every_problem_of_a_bad_market_file_has_a_code_and_reads_in_both_languages(string json) =>
        ReadsInBothLanguages(MarketProblems(json));

    private static void ReadsInBothLanguages(IReadOnlyList<InputProblem> problems)
    {
        Assert.NotEmpty(problems);
        foreach (var p in problems)
        {
            Assert.True(p.Code is not null, $"no code for \"{p}\"");
            Use("en-HK");
            // The English page says what the CLI and the API say: the code's words with its values are the message.
            Assert.Equal(p.Message, MarketProblemTexts.Message(Cycle, p));
            Use("zh-HK");
            var zh = MarketProblemTexts.Message(Cycle, p);
            Assert.True(Chinese().IsMatch(zh), $"no Chinese for \"{p.Message}\" ({p.Code}): {zh}");
            Assert.All(p.Args, a => Assert.Contains(a, zh, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_problem_code_in_the_resources_is_met_by_a_bad_file_above()
    {
        var met = SeriesCases.Select(c => SeriesProblems(c.Csv, c.Column, c.Filter)).Concat(MarketCases.Select(MarketProblems))
            .SelectMany(ps => ps).Select(p => p.Code!).ToHashSet(StringComparer.Ordinal);
        var keys = XDocument.Load(Path.Combine(RepoRoot.Path, "src", "Redev.Web", "Resources", "CycleResource.resx")).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).Where(k => k.StartsWith("Problem_", StringComparison.Ordinal)).Select(k => k["Problem_".Length..]);

        var unmet = keys.Where(k => !met.Contains(k) && !MetElsewhere.Contains(k)).ToArray();

        Assert.True(unmet.Length == 0, "no bad file makes: " + string.Join(", ", unmet));
    }

    [Fact]
    public void The_values_of_a_problem_are_kept_in_the_Chinese_words()
    {
        var gap = Assert.Single(SeriesProblems("date,value\n2020-01-01,1\n2020-05-01,2\n", null, null));
        var duplicate = Assert.Single(SeriesProblems("date,value\n2020-01-01,1\n2020-01-01,2\n", null, null));

        Use("zh-HK");

        Assert.Equal("數據中斷：此行之前欠缺 2020-02 至 2020-04 的數值", MarketProblemTexts.Message(Cycle, gap));
        Assert.Equal("日期重複（首次在第 2 行）", MarketProblemTexts.Message(Cycle, duplicate));
    }

    [Fact]
    public void A_problem_without_a_code_is_shown_as_written()
    {
        Use("zh-HK");

        Assert.Equal("something new", MarketProblemTexts.Message(Cycle, new InputProblem("s.csv", 2, "value", "something new")));
        Assert.Equal("something new", MarketProblemTexts.Message(Cycle, new InputProblem("s.csv", 2, "value", "something new") { Code = "series-unheard-of" }));
    }

    private static void Use(string culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
}
