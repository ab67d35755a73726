using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Ledger;

/// <summary>The notary signs a checkpoint over a scheme's journal (and audit trail) as it is now.</summary>
public sealed class SignCheckpoint(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    public async Task<Result<Checkpoint>> RunAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Is(Role.Notary))
        {
            return AppRefusals.Forbidden(caller, "sign checkpoints (only the notary does)");
        }
        if (await SchemeLookup.FindAsync(store, scheme, ct) is not { } found)
        {
            return AppRefusals.NoScheme(scheme ?? "");
        }
        var sid = found.Id;
        return Result<Checkpoint>.Done(await store.Checkpoints.SignAsync(sid, notary.Key, clock.GetUtcNow(), ct));
    }
}
