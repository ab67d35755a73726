using System.Text.RegularExpressions;
using Redev.Refusals;

namespace Redev.Tests.Refusals;

/// <summary>Every refusal any part of Redev can give has one entry: a status, an exit code and words in both languages.</summary>
public partial class RefusalCatalogueTests
{
    // A refusal's code where any project creates one: new Refusal("code", ...), Refusal.With("code", ...), Refusal.Invalid("code", ...),
    // new("code", ...) in a refusal's place, or a code passed to a helper that builds one.
    [GeneratedRegex(@"(?:Refusal|Refusal\.With|Refusal\.Invalid|new|TooLong)\(""([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+)"", ")]
    private static partial Regex RefusalCode();

    private static string SourceRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Redev.slnx")))
            {
                return Path.Combine(d.FullName, "src");
            }
        }
        throw new InvalidOperationException("The repository root (Redev.slnx) was not found above the test's folder.");
    }

    private static HashSet<string> CodesInSource() =>
        Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("RefusalCatalogue.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Where(text => text.Contains("Refusal", StringComparison.Ordinal))
            .SelectMany(text => RefusalCode().Matches(text).Select(m => m.Groups[1].Value))
            .Where(code => code.Contains('-', StringComparison.Ordinal) || RefusalCatalogue.Contains(code) || code is "insufficient" or "forbidden" or "pledged")
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_code_the_source_can_give_is_in_the_catalogue()
    {
        var codes = CodesInSource();

        Assert.True(codes.Count > 50, $"only {codes.Count} refusal codes found in the source: the scan is broken");
        var missing = codes.Where(c => !RefusalCatalogue.Contains(c)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "Not in the refusal catalogue: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_entry_has_a_status_an_exit_code_and_both_languages()
    {
        foreach (var e in RefusalCatalogue.All)
        {
            Assert.InRange(e.Status, 400, 499);
            Assert.InRange(e.ExitCode, 1, 3);
            Assert.False(string.IsNullOrWhiteSpace(e.English), e.Code);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Chinese);
        }
        Assert.Equal(RefusalCatalogue.All.Count, RefusalCatalogue.All.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_exit_code_follows_the_kind_as_the_readme_says()
    {
        Assert.Equal(2, RefusalCatalogue.For("bad-amount").ExitCode);
        Assert.Equal(3, RefusalCatalogue.For("no-scheme").ExitCode);
        Assert.Equal(1, RefusalCatalogue.For("below-threshold").ExitCode);
        Assert.Equal(400, RefusalCatalogue.For("bad-amount").Status);
        Assert.Equal(404, RefusalCatalogue.For("no-scheme").Status);
        Assert.Equal(409, RefusalCatalogue.For("below-threshold").Status);
        Assert.Equal(422, RefusalCatalogue.For("insufficient").Status);
    }

    [Fact]
    public void A_Chinese_text_is_filled_with_the_refusals_values()
    {
        var refusal = Refusal.With("no-scheme", "There is no scheme \"tkt-9\".", ("scheme", "tkt-9"));

        Assert.Equal("沒有重建計劃 tkt-9。", RefusalCatalogue.Text(refusal, chinese: true));
        Assert.Equal("There is no scheme \"tkt-9\".", RefusalCatalogue.Text(refusal, chinese: false));
    }

    [Fact]
    public void Texts_that_name_different_values_in_the_two_languages_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RefusalEntry("x-y", RefusalKind.Conflict, "No {scheme}.", "沒有 {owner}。"));
    }

    [Fact]
    public void A_fund_unit_is_never_called_a_flat_in_Chinese()
    {
        // Glossary: a fund unit is 基金單位; 單位 alone would read as a flat.
        foreach (var e in RefusalCatalogue.All.Where(e => e.English.Contains("fund unit", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Contains("基金單位", e.Chinese, StringComparison.Ordinal);
        }
    }
}
