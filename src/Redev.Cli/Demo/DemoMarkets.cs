using Redev.Cli.Cycle;
using Redev.Cycle;
using Spectre.Console;

namespace Redev.Cli.Demo;

/// <summary>The demo's market-cycle step: today's reading of each market shipped in data/markets.</summary>
public static class DemoMarkets
{
    private static readonly string[] Files = ["hong-kong.json", "united-states.json", "japan.json"];

    public static async Task PrintAsync(CliIO io, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        var folder = Find();
        if (folder is null)
        {
            io.Console.WriteLine("The demo markets (data/markets) were not found from this folder; run the demo from the repository to see them.");
            return;
        }
        foreach (var name in Files)
        {
            var market = await MarketLoader.ReadAsync(io, new FileInfo(Path.Combine(folder, name)), ct);
            if (market is null)
            {
                continue;
            }
            var report = CycleMonitor.Evaluate(market);
            if (report.Current is not { } now)
            {
                continue;
            }
            var stage = now.Stage is { } n ? $"stage {n} of 3" : "stage: cannot tell";
            io.Console.WriteLine($"{market.Name}: {now.Month} — {CycleJson.Verdict(now.Verdict)} ({stage})");
            foreach (var line in now.Missing.Select(m => "missing: " + m).Concat(report.Notes.Select(m => "note: " + m)))
            {
                io.Console.WriteLine("  " + line);
            }
            // The reading is as old as its latest figures; say how old against today (docs/cycle.md).
            var today = YearMonth.Of(Redev.Schemes.Scheme.HongKongDate(io.Now));
            var age = today.MonthsSince(now.Month);
            io.Console.WriteLine(age > CycleMonitor.VerdictOldMonths
                ? $"  warning: the latest figures are for {now.Month}, {age} months before today ({today}); this verdict may be out of date"
                : $"  latest figures: {now.Month} (today: {today})");
        }
        io.Console.WriteLine($"Details: redev cycle signals --market {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(folder, "hong-kong.json"))}");
    }

    // The shipped markets live in the repository, not the binary: look up from here and from the binary.
    private static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "markets");
                if (File.Exists(Path.Combine(candidate, Files[0])))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
