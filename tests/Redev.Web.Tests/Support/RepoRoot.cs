namespace Redev.Web.Tests.Support;

/// <summary>The repository's root (the folder holding Redev.slnx), for tests that read shipped files.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Redev.slnx")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("Redev.slnx not found above " + AppContext.BaseDirectory);
    }
}
