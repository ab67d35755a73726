using Redev.Cycle;

namespace Redev.Cli.Cycle;

/// <summary>Reads a market file and its series for a command, reporting every problem with its file and line.</summary>
public static class MarketLoader
{
    public static async Task<Market?> ReadAsync(CliIO io, FileInfo file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            io.Err.WriteLine($"{file.FullName}: file not found");
            return null;
        }
        var json = await File.ReadAllTextAsync(file.FullName, ct);
        var result = MarketFile.Parse(file.ToString(), json, path => File.Exists(path) ? File.ReadAllText(path) : null);
        if (!result.Succeeded)
        {
            foreach (var p in result.Problems)
            {
                io.Err.WriteLine(p.ToString());
            }
            io.Err.WriteLine($"{result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")} found; nothing was evaluated.");
            return null;
        }
        return result.Market;
    }
}
