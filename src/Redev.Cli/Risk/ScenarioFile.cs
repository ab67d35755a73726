using Redev.Risk;

namespace Redev.Cli.Risk;

/// <summary>Reads a scenario file and the register it names, reporting every problem with its JSON path.</summary>
public static class ScenarioFile
{
    public static async Task<RiskModel?> LoadAsync(CliIO io, FileInfo file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            io.Err.WriteLine($"{file.FullName}: file not found");
            return null;
        }
        var parsed = ScenarioJson.Parse(file.ToString(), await File.ReadAllTextAsync(file.FullName, ct));
        if (!parsed.Succeeded)
        {
            return Report(io, parsed.Problems);
        }
        var scenario = parsed.Scenario!;
        // The register path is relative to the scenario file, so an example works from any directory.
        var registerPath = Path.IsPathRooted(scenario.RegisterPath)
            ? scenario.RegisterPath
            : Path.GetFullPath(Path.Combine(file.DirectoryName ?? ".", scenario.RegisterPath));
        var registerFile = new FileInfo(registerPath);
        if (!registerFile.Exists)
        {
            return Report(io, [new ScenarioProblem(file.ToString(), "$.register", $"the register file {registerPath} does not exist", $"\"{scenario.RegisterPath}\"")]);
        }
        var register = await RegisterFile.ReadAsync(io, registerFile, requireAppraisals: true, ct);
        if (register is null)
        {
            return null;
        }
        var model = RiskModel.Build(file.ToString(), scenario, register, out var problems);
        return model ?? Report(io, problems);
    }

    private static RiskModel? Report(CliIO io, IReadOnlyList<ScenarioProblem> problems)
    {
        foreach (var p in problems)
        {
            io.Err.WriteLine(p.ToString());
        }
        io.Err.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found in the scenario; nothing was simulated.");
        return null;
    }
}
