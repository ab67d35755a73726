using Redev.Allocation;
using Redev.Registers;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Schemes;

/// <summary>
/// Loads (or replaces) a draft's building register. The whole file is checked first; on any problem
/// nothing is saved and every problem is returned with its file, line and field (convener).
/// </summary>
public sealed class ImportRegister(RedevStore store)
{
    private readonly SchemeChanges _changes = new(store);

    public async Task<Result<Scheme>> RunAsync(Caller caller, ImportRegisterCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "import a register");
        }
        var found = await _changes.GetAsync(command.Scheme, ct);
        if (!found.Succeeded)
        {
            return found;
        }
        var parsed = RegisterCsv.Parse(command.FileName, command.Utf8.Span, found.Value.Terms?.Weights == WeightBasis.Appraised);
        if (!parsed.Succeeded)
        {
            return Refusal.Invalid("register-invalid", parsed.Problems);
        }
        return await _changes.ChangeAsync(found.Value.Id, s => s.ImportRegister(parsed.Register!), ct);
    }
}
