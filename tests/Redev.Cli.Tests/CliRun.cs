namespace Redev.Cli.Tests;

/// <summary>A fixed clock, so lifecycle tests can step past deadlines.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Runs the real <c>redev</c> command tree in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    public static async Task<CliRun> RunAsync(TimeProvider? clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error, clock ?? new FixedClock(DefaultNow));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);
}

/// <summary>The repository's root (the folder holding Redev.slnx), for tests that use shipped files.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Redev.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Redev.slnx not found above " + AppContext.BaseDirectory);
    }
}
