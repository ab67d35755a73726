namespace Redev.Risk;

/// <summary>
/// One thing wrong with a scenario file, located by its JSON path (<c>$.regimes.downturn.monthlyVolatility</c>)
/// so the convener can find the parameter without counting braces.
/// </summary>
public sealed record ScenarioProblem(string File, string Path, string Message, string? Got = null)
{
    /// <summary>Formats as <c>FILE: $.path: what is wrong (got value)</c>.</summary>
    public override string ToString() =>
        Got is null ? $"{File}: {Path}: {Message}" : $"{File}: {Path}: {Message} (got {Got})";
}
