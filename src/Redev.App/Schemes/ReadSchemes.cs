using Redev.Schemes;
using Redev.Store;
using Redev.Store.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// The schemes and one scheme whole. Anyone signed in may read a scheme: it is what they are asked to
/// join; what the pages then show of other owners is the front end's to limit.
/// </summary>
public sealed class ReadSchemes(RedevStore store)
{
    public Task<IReadOnlyList<SchemeSummary>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return store.Schemes.ListAsync(ct);
    }

    public async Task<Result<Scheme>> GetAsync(Caller caller, string? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await SchemeLookup.FindAsync(store, id, ct) is { } s ? Result<Scheme>.Done(s) : AppRefusals.NoScheme(id ?? "");
    }
}
