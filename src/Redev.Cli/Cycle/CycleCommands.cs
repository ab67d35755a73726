using System.CommandLine;
using Redev.Charts;
using Redev.Cycle;

namespace Redev.Cli.Cycle;

/// <summary><c>redev cycle</c>: the market-cycle monitor (the four stabilisation rules) on a market file.</summary>
public static class CycleCommands
{
    public static Command Build(CliIO io)
    {
        var cycle = new Command("cycle", "Date a housing market's turning points and read the four stabilisation rules.");
        cycle.Subcommands.Add(Signals(io));
        cycle.Subcommands.Add(Chart(io));
        return cycle;
    }

    private static Option<FileInfo> MarketOption() =>
        new("--market") { Description = "The market file (JSON; series paths are relative to it).", Required = true };

    private static Command Signals(CliIO io)
    {
        var market = MarketOption();
        var asOf = new Option<YearMonth?>("--as-of")
        {
            Description = "Evaluate as of this month (YYYY-MM), using only data published by then.",
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (YearMonth.TryParse(text, out var m))
                {
                    return m;
                }
                r.AddError($"--as-of: \"{text}\" is not a month; use YYYY-MM.");
                return null;
            },
        };
        var json = Options.Json();
        var command = new Command("signals", "Turning points, episodes, and each month's stage and verdict.");
        command.Options.Add(market);
        command.Options.Add(asOf);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            var m = await MarketLoader.ReadAsync(io, parse.GetValue(market)!, ct);
            if (m is null)
            {
                return ExitCodes.BadInput;
            }
            var report = CycleMonitor.Evaluate(m, parse.GetValue(asOf));
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(CycleJson.Write(report));
            }
            else
            {
                CycleView.Print(io, report);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Chart(CliIO io)
    {
        var market = MarketOption();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the PNG and SVG charts (created if absent).", Required = true };
        var command = new Command("chart", "Write PNG and SVG charts: volume, inventory, prices, the money spread, growth.");
        command.Options.Add(market);
        command.Options.Add(outDir);
        command.SetAction(async (parse, ct) =>
        {
            var m = await MarketLoader.ReadAsync(io, parse.GetValue(market)!, ct);
            if (m is null)
            {
                return ExitCodes.BadInput;
            }
            var report = CycleMonitor.Evaluate(m);
            var dir = parse.GetValue(outDir)!;
            dir.Create();
            foreach (var file in CycleCharts.Write(report, dir.FullName))
            {
                io.Out.WriteLine(file);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
