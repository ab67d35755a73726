namespace Redev.Tests.Cycle;

/// <summary>Finds the shipped demo markets and the shared validation data (which the repo may not ship).</summary>
internal static class RepoData
{
    public static string Root { get; } = FindRoot();

    public static string Markets => Path.Combine(Root, "data", "markets");

    /// <summary>../shared/data from the repo root: present in CI, absent in a user's fresh clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>Skips the calling test, with the reason, when the shared data folder is absent.</summary>
    public static string RequireShared()
    {
        if (!Directory.Exists(Shared))
        {
            Assert.Skip($"needs the unshippable series in {Shared} (NAR, Case-Shiller, UMCSENT), which is absent here");
        }
        return Shared;
    }

    /// <summary>A file of the shared folder that the repo may not ship (e.g. HIBOR, whose licence is unchecked); skips the calling test, with the reason, when absent.</summary>
    public static string RequireSharedFile(string relativePath, string why)
    {
        var path = Path.Combine(Shared, relativePath);
        if (!File.Exists(path))
        {
            Assert.Skip($"needs {path} ({why}), which is absent here");
        }
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Redev.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Redev.slnx not found above " + AppContext.BaseDirectory);
    }
}
