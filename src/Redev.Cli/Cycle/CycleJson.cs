using Redev.Cycle;

namespace Redev.Cli.Cycle;

/// <summary>The CLI's name for <see cref="CycleReportJson"/>, which the web API shares so both print the same document.</summary>
public static class CycleJson
{
    public static string Write(CycleReport report) => CycleReportJson.Write(report);

    /// <summary>Verdicts in the lower-case words of the issue (downturn, bottoming, stabilising, expanding).</summary>
    public static string Verdict(CycleVerdict v) => CycleReportJson.Verdict(v);
}
