namespace Redev.Web.Cycle;

/// <summary>
/// Where the shipped market files are: configuration <c>Redev:Markets</c> (relative to the content
/// root), else the repository's <c>data/markets</c> found above the content root or the app's own
/// folder. <c>dotnet run --project src/Redev.Web</c> starts in <c>src/Redev.Web</c> and the tests in
/// their output folder; searching upwards serves both from a fresh clone without copying the data.
/// </summary>
public sealed class MarketFolder
{
    public MarketFolder(IConfiguration config, IHostEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(env);
        if (config["Redev:Markets"] is { Length: > 0 } configured)
        {
            Path = System.IO.Path.GetFullPath(configured, env.ContentRootPath);
            return;
        }
        Path = Above(env.ContentRootPath) ?? Above(AppContext.BaseDirectory);
    }

    /// <summary>The folder, or null when there is none (the dashboard then lists only uploaded markets).</summary>
    public string? Path { get; }

    private static string? Above(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            var candidate = System.IO.Path.Combine(d.FullName, "data", "markets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
