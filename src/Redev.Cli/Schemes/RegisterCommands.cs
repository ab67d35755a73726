using System.CommandLine;
using Redev.Allocation;

namespace Redev.Cli.Schemes;

/// <summary><c>redev register import</c>: load a scheme's register, all or nothing.</summary>
public static class RegisterCommands
{
    public static Command Build(CliIO io)
    {
        var db = Options.Db();
        var scheme = Options.Scheme();
        var file = new Option<FileInfo>("--file") { Description = "The building register (CSV).", Required = true };
        var import = new Command("import", "Import (or replace) a draft scheme's building register; nothing is stored if any row is wrong.");
        import.Options.Add(scheme);
        import.Options.Add(file);
        import.Options.Add(db);
        import.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(scheme);
            await using var store = await StoreAccess.OpenAsync(parse.GetValue(db), ct);
            var s = await store.Schemes.GetAsync(id, ct);
            if (s is null)
            {
                return StoreAccess.NotFound(io, id);
            }
            var register = await RegisterFile.ReadAsync(io, parse.GetValue(file)!, s.Terms?.Weights == WeightBasis.Appraised, ct);
            if (register is null)
            {
                return ExitCodes.BadInput;
            }
            var version = s.Version;
            if (s.ImportRegister(register) is { } refusal)
            {
                return io.Refuse(refusal);
            }
            await store.Schemes.SaveAsync(s, version, ct);
            io.Out.WriteLine($"Imported {register.Flats.Count(f => !f.IsCommon)} flats, {register.Owners.Count} owners, {register.Lots.Count} lot(s) into scheme {id}.");
            return ExitCodes.Ok;
        });
        var command = new Command("register", "Building registers.");
        command.Subcommands.Add(import);
        return command;
    }
}
