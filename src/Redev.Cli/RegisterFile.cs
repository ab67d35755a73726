using Redev.Registers;

namespace Redev.Cli;

/// <summary>Reads a register file for a command, reporting every problem with its file and line.</summary>
public static class RegisterFile
{
    public static async Task<BuildingRegister?> ReadAsync(CliIO io, FileInfo file, bool requireAppraisals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            io.Err.WriteLine($"{file.FullName}: file not found");
            return null;
        }
        // Bytes, not text: the parser refuses bytes that are not UTF-8 with their line instead of replacing them.
        var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
        var result = RegisterCsv.Parse(file.ToString(), bytes, requireAppraisals);
        if (!result.Succeeded)
        {
            io.Report(result.Problems);
            return null;
        }
        return result.Register;
    }
}
