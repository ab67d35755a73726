namespace Redev.Cli.Tests;

/// <summary>A draft scheme stored through the command line itself: created, its register imported, equity terms set.</summary>
public static class StoredSchemes
{
    /// <summary>A new SQLite store holding scheme <paramref name="id"/>; returns the store's path.</summary>
    public static async Task<string> DraftAsync(string id, string register, string siteValue, string constructionCost)
    {
        var dir = Path.Combine(Path.GetTempPath(), "redev-tests");
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, $"{Guid.NewGuid():N}.db");
        var csv = Path.Combine(dir, $"reg-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, register);
        foreach (var args in new[]
                 {
                     new[] { "scheme", "create", "--scheme", id, "--name", "Building " + id, "--completion-year", "1962" },
                     ["register", "import", "--scheme", id, "--file", csv],
                     ["scheme", "terms", "--scheme", id, "--policy", "equity", "--site-value", siteValue, "--construction-cost", constructionCost, "--issue-price", "10",
                      "--milestones", "Foundations | 40 | 2028-06-30; Occupation permit | 60 | 2029-12-31"],
                 })
        {
            var r = await CliRun.RunAsync([.. args, "--db", db]);
            Assert.True(r.ExitCode == 0, r.Err);
        }
        return db;
    }
}
