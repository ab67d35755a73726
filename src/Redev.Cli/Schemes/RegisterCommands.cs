using Redev.App;
using Redev.App.Schemes;
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
            var info = parse.GetValue(file)!;
            if (!info.Exists)
            {
                io.Err.WriteLine($"{info}: file not found");
                return ExitCodes.BadInput;
            }
            // Bytes, not text: the parser refuses bytes that are not UTF-8 with their line instead of replacing them.
            var bytes = await File.ReadAllBytesAsync(info.FullName, ct);
            await using var app = await StoreAccess.OpenAsync(io, parse.GetValue(db), ct);
            return io.Answer(await app.ImportRegister.RunAsync(Caller.Operator, new ImportRegisterCommand(parse.GetValue(scheme).Value, info.ToString(), bytes), ct),
                s => io.Out.WriteLine($"Imported {s.Register!.Flats.Count(f => !f.IsCommon)} flats, {s.Register.Owners.Count} owners, {s.Register.Lots.Count} lot(s) into scheme {s.Id}."));
        });
        var command = new Command("register", "Building registers.");
        command.Subcommands.Add(import);
        return command;
    }
}
