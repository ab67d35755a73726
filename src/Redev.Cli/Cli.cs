using System.CommandLine;
using Redev.Cli.Allocation;
using Redev.Cli.Building;
using Redev.Cli.Cycle;
using Redev.Cli.Demo;
using Redev.Cli.Holders;
using Redev.Cli.Ledger;
using Redev.Cli.Payout;
using Redev.Cli.Risk;
using Redev.Cli.Schemes;
using Redev.Cli.Statements;
using Redev.Store;

namespace Redev.Cli;

/// <summary>The <c>redev</c> command line; each capability adds its own commands.</summary>
public static class Cli
{
    public static RootCommand Build(CliIO io)
    {
        var root = new RootCommand("Redev: redevelop an old building through a unit fund instead of selling out.");
        root.Subcommands.Add(AllocateCommand.Build(io));
        root.Subcommands.Add(DistributeCommand.Build(io));
        root.Subcommands.Add(Completion.LotteryCommands.Build(io));
        root.Subcommands.Add(Completion.CompletionCommands.Build(io));
        root.Subcommands.Add(SchemeCommands.Build(io));
        root.Subcommands.Add(RegisterCommands.Build(io));
        root.Subcommands.Add(ConsentCommands.Build(io));
        root.Subcommands.Add(HolderCommands.Build(io));
        root.Subcommands.Add(LedgerCommands.Build(io));
        root.Subcommands.Add(StatementCommands.Build(io));
        foreach (var c in BuildingCommands.Build(io))
        {
            root.Subcommands.Add(c);
        }
        root.Subcommands.Add(DemoCommand.Build(io));
        root.Subcommands.Add(CycleCommands.Build(io));
        root.Subcommands.Add(RiskCommands.Build(io));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var io = new CliIO(output, error, clock);
        var parse = Build(io).Parse(args);
        // Exceptions come here instead of the library's handler, which prints a stack trace.
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            // A malformed or missing option is bad input (exit 2), as README promises; the library would say 1.
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"error: {e.Message}");
            }
            error.WriteLine("Add --help to the command to see its options.");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (StoreNotFoundException ex)
        {
            error.WriteLine($"error: {ex.Message}.");
            return ExitCodes.NotFound;
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine($"error: {ex.Message}.");
            return ExitCodes.Refused;
        }
        catch (OverflowException)
        {
            // Checked arithmetic: the numbers given are too large for exact sums in whole cents and units.
            error.WriteLine("error: a number is too large to compute exactly (a sum or product passed the largest whole number); use smaller figures.");
            return ExitCodes.Refused;
        }
    }
}
