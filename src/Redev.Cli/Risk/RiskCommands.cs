using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Redev.Charts;
using Redev.Risk;

namespace Redev.Cli.Risk;

/// <summary><c>redev risk run</c> and <c>redev risk bench</c>: the Monte Carlo of a scheme's outcomes.</summary>
public static class RiskCommands
{
    public static Command Build(CliIO io)
    {
        var risk = new Command("risk", "Show each owner the range of what joining may give them, against taking cash.");
        risk.Subcommands.Add(Run(io));
        risk.Subcommands.Add(Bench(io));
        return risk;
    }

    private static Option<long?> Paths(string defaults) => new("--paths")
    {
        Description = $"Number of simulated futures (default: {defaults}).",
        Validators = { r => { if (r.GetValueOrDefault<long?>() is < 1 or > 1_000_000_000) { r.AddError("--paths must be from 1 to 1,000,000,000."); } } },
    };

    private static Option<int> Threads() => new("--threads")
    {
        Description = "Worker threads (default: all cores). Changes the speed, never the result.",
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 0 or > 256) { r.AddError("--threads must be from 0 (all cores) to 256."); } } },
    };

    private static Command Run(CliIO io)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "The scenario file (JSON; see docs/risk.md). Give this or --scheme." };
        var db = Options.Db();
        var scheme = SchemeOption();
        var paths = Paths("the scenario's, else 1,000,000; 20,000 for a stored scheme");
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random streams (default: the scenario's, or the stored-scheme default)." };
        var threads = Threads();
        var json = Options.Json();
        var chart = new Option<DirectoryInfo?>("--chart") { Description = "Write PNG and SVG charts (fan chart, an owner's histogram) into this directory." };
        var market = new Option<FileInfo?>("--market") { Description = "A market file (see docs/cycle.md): the market-cycle monitor's current verdict sets the starting regime instead of the scenario's." };
        var psf = new Option<string?>("--seven-year-flat-psf")
        {
            Description = "Stored scheme: the locality's price (HKD per square foot, saleable) of a seven-year-old flat, for the URA-style offer's home purchase allowance (a scenario file states it as sevenYearOldFlatHkdPerSqft).",
        };
        var command = new Command("run", "Simulate a scheme's remaining life and print each owner's outcomes: from a scenario file, or a stored scheme plus the documented defaults.");
        foreach (var o in new Option[] { scenario, db, scheme, paths, seed, threads, json, chart, market, psf })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(scenario);
            var sid = parse.GetValue(scheme);
            if ((file is null) == (sid is null))
            {
                io.Err.WriteLine("error: give exactly one of --scenario FILE or --scheme ID (with --db FILE for the store).");
                return ExitCodes.BadInput;
            }
            Redev.Primitives.Cents? sevenYear = null;
            if (parse.GetValue(psf) is { } psfText)
            {
                if (file is not null)
                {
                    io.Err.WriteLine("error: --seven-year-flat-psf is for a stored scheme; a scenario file states it as sevenYearOldFlatHkdPerSqft.");
                    return ExitCodes.BadInput;
                }
                if (!Redev.Primitives.Cents.TryParseHkd(psfText, out var c) || c.Value <= 0)
                {
                    io.Err.WriteLine($"error: --seven-year-flat-psf: must be a positive HKD amount with at most 2 decimals (got \"{psfText}\").");
                    return ExitCodes.BadInput;
                }
                sevenYear = c;
            }
            MarketRegime? regime = null;
            if (parse.GetValue(market) is { } marketFile)
            {
                var m = await Cycle.MarketLoader.ReadAsync(io, marketFile, ct);
                if (m is null)
                {
                    return ExitCodes.BadInput;
                }
                if (Redev.Cycle.CycleMonitor.Evaluate(m).Current is not { } now)
                {
                    return io.Refuse(new Refusal("no-reading", $"{marketFile}: the market has no month to read a verdict from."));
                }
                regime = MarketRegimes.FromVerdict(now.Verdict);
                io.Err.WriteLine(regime is { } read
                    ? $"Starting regime: {MarketRegimes.Name(read)} (market-cycle monitor: {m.Name}, {now.Month}, {Cycle.CycleJson.Verdict(now.Verdict)})."
                    : $"Starting regime: the scenario's own (market-cycle monitor: {m.Name}, {now.Month}, cannot tell from its data).");
            }
            RiskModel? model;
            string title;
            if (file is not null)
            {
                model = await ScenarioFile.LoadAsync(io, file, ct);
                if (regime is { } r && model is not null)
                {
                    model = model with { Scenario = model.Scenario with { StartingRegime = r } };
                }
                title = $"Risk of {file.Name}";
            }
            else
            {
                var loaded = await StoredScheme.LoadAsync(io, parse.GetValue(db), sid!.Value, regime, sevenYear, ct);
                if (loaded.ExitCode != ExitCodes.Ok)
                {
                    return loaded.ExitCode;
                }
                model = loaded.Model;
                title = $"Risk of scheme {sid} (stored scheme plus the defaults of docs/risk.md)";
            }
            if (model is null)
            {
                return ExitCodes.BadInput;
            }
            var report = RiskEngine.Run(model, parse.GetValue(paths) ?? model.Scenario.Paths, parse.GetValue(seed) ?? model.Scenario.Seed, parse.GetValue(threads));
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(RiskView.Json(report));
            }
            else
            {
                RiskView.Table(io, report, title);
            }
            if (parse.GetValue(chart) is { } dir)
            {
                foreach (var written in RiskCharts.Write(report, dir))
                {
                    io.Err.WriteLine($"wrote {written}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Like <see cref="Options.Scheme"/>, but optional: <c>risk run</c> takes a scheme or a scenario file.</summary>
    private static Option<Redev.Schemes.SchemeId?> SchemeOption() => new("--scheme")
    {
        Description = "A stored scheme's id: simulate it with the defaults of docs/risk.md. Give this or --scenario.",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (Redev.Schemes.SchemeId.TryParse(text, out var id))
            {
                return id;
            }
            r.AddError($"--scheme: \"{text}\" is not a scheme id; use 1-40 lower-case letters, digits and dashes.");
            return null;
        },
    };

    private static Command Bench(CliIO io)
    {
        var paths = Paths("1,000,000");
        var threads = Threads();
        var command = new Command("bench", "Time the simulation: 1,000,000 paths x 120 months of the built-in demo scenario, all cores.");
        command.Options.Add(paths);
        command.Options.Add(threads);
        command.SetAction(parse =>
        {
            var model = BenchScenario.Model();
            var n = parse.GetValue(paths) ?? 1_000_000;
            var t = parse.GetValue(threads);
            RiskEngine.Run(model, 50_000, 1, t); // warm-up: let the JIT compile the kernel before timing
            var best = 0.0;
            RiskReport? last = null;
            for (var round = 1; round <= 3; round++)
            {
                var watch = Stopwatch.StartNew();
                last = RiskEngine.Run(model, n, 1, t);
                var seconds = watch.Elapsed.TotalSeconds;
                var rate = last.PathMonths / seconds;
                best = Math.Max(best, rate);
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {last.Paths} paths x {last.HorizonMonths} months in {seconds:0.000} s = {rate:0.000e+0} path-months/s"));
            }
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threads={(t == 0 ? Environment.ProcessorCount : t)} vector512-accelerated={System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated} best of 3 rounds"));
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"risk path-months/s={best:0}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
