using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.App.Ledger;

/// <summary>
/// Issues (again) a vested scheme's units through the ledger: the transfers have fixed ids, so running it
/// after an interrupted vesting finishes the job and running it twice issues nothing more (convener).
/// </summary>
public sealed class IssueUnits(RedevStore store)
{
    public async Task<Result<int>> RunAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "issue a scheme's units");
        }
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } s)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var issued = await Vesting.IssueAsync(store, s, ct);
        return issued.Succeeded ? Result<int>.Done(issued.Results!.Count(r => !r.Replayed)) : issued.Refusal!;
    }
}
