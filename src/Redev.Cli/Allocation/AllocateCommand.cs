using System.CommandLine;
using Redev.Allocation;
using Redev.Registers;

namespace Redev.Cli.Allocation;

/// <summary><c>redev allocate</c>: a stateless allocation of a register file, nothing stored.</summary>
public static class AllocateCommand
{
    public static Command Build(CliIO io)
    {
        var register = new Option<FileInfo>("--register") { Description = "The building register (CSV).", Required = true };
        var terms = new TermsOptions();
        var json = Options.Json();
        var command = new Command("allocate", "Compute every owner's and the developer's units from a register, exactly.");
        command.Options.Add(register);
        terms.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            var (t, _) = terms.Read(parse).Build(out var refusal);
            if (t is null)
            {
                return io.Refuse(refusal!);
            }
            var file = parse.GetValue(register)!;
            var parsed = await RegisterFile.ReadAsync(io, file, t.Weights == WeightBasis.Appraised, ct);
            if (parsed is null)
            {
                return ExitCodes.BadInput;
            }
            var result = Allocator.Allocate(parsed, t, out refusal);
            if (result is null)
            {
                return io.Refuse(refusal!);
            }
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(AllocationView.Json(result));
            }
            else
            {
                AllocationView.Table(io, result, $"Allocation of {file.Name}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
