using Spectre.Console;

namespace Redev.Cli;

/// <summary>Exit codes, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int BadInput = 2;
    public const int NotFound = 3;
}
