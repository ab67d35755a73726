using Redev.Text;
using Spectre.Console;

namespace Redev.Cli;

/// <summary>Where a command writes, and what time it is: injected so tests run the CLI in-process.</summary>
public sealed class CliIO
{
    public TextWriter Out { get; }
    public TextWriter Err { get; }
    public TimeProvider Clock { get; }

    /// <summary>Tables and bars for people; plain text when the output is redirected.</summary>
    public IAnsiConsole Console { get; }

    public CliIO(TextWriter output, TextWriter error, TimeProvider clock)
    {
        Out = output;
        Err = error;
        Clock = clock;
        var redirected = !ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected)
        {
            Console.Profile.Width = 160;
        }
    }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Prints a refusal to stderr (every problem of a refused file, one per line) and returns the exit
    /// code the refusal catalogue gives its code: 1 refused, 2 bad input, 3 not found.
    /// </summary>
    public int Refuse(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Problems.Count > 0)
        {
            Report(refusal.Problems);
        }
        else
        {
            Err.WriteLine($"error: {refusal.Message} [{refusal.Code}]");
        }
        return Refusals.RefusalCatalogue.For(refusal).ExitCode;
    }

    /// <summary>Prints every input problem, one per line, and a count.</summary>
    public int Report(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var p in problems)
        {
            Err.WriteLine(p.ToString());
        }
        Err.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found; nothing was stored.");
        return ExitCodes.BadInput;
    }
}

