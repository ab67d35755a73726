using Redev.App.Holders;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// The schemes and one scheme. Anyone signed in may read a scheme: it is what they are asked to join.
/// What they see of other owners is decided here, in <see cref="ViewAsync"/>: staff see every owner, an
/// owner their own rows, the developer and investors only the aggregates (<see cref="SchemeSight"/>).
/// </summary>
public sealed class ReadSchemes(RedevStore store, HolderAccess access)
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

    /// <summary>A scheme as the caller may see it: what pages and the API show of a scheme.</summary>
    public async Task<Result<SchemeView>> ViewAsync(Caller caller, string? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await SchemeLookup.FindAsync(store, id, ct) is not { } s)
        {
            return AppRefusals.NoScheme(id ?? "");
        }
        return Result<SchemeView>.Done(new SchemeView(s, await SightAsync(caller, s.Id, ct)));
    }

    /// <summary>What of a scheme's people the caller may see.</summary>
    public async Task<SchemeSight> SightAsync(Caller caller, SchemeId scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role.IsStaff()
            ? SchemeSight.Everyone
            : new SchemeSight(false, (await access.OwnersOfAsync(caller, scheme, ct)).ToHashSet(StringComparer.Ordinal));
    }
}
