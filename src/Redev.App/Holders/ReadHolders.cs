using Redev.Holders;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Holders;

/// <summary>Holders and a scheme's links (staff), and the caller's own holder.</summary>
public sealed class ReadHolders(RedevStore store, HolderAccess access)
{
    public async Task<Result<IReadOnlyList<Holder>>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role.IsStaff()
            ? Result<IReadOnlyList<Holder>>.Done(await store.Holders.ListAsync(ct))
            : AppRefusals.Forbidden(caller, "list the holders");
    }

    public async Task<Result<IReadOnlyList<OwnerLink>>> LinksAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Role.IsStaff())
        {
            return AppRefusals.Forbidden(caller, "see which holders are linked to which owners");
        }
        return await SchemeLookup.FindAsync(store, scheme, ct) is { } found
            ? Result<IReadOnlyList<OwnerLink>>.Done(await store.Holders.LinksAsync(found.Id, ct))
            : AppRefusals.NoScheme(scheme ?? "");
    }

    /// <summary>The caller's own holder, if the notary registered one for their sign-in.</summary>
    public Task<Holder?> MineAsync(Caller caller, CancellationToken ct = default) => access.HolderOfAsync(caller, ct);

    /// <summary>The register owners the caller is linked to in a scheme.</summary>
    public Task<IReadOnlyList<string>> OwnersOfAsync(Caller caller, SchemeId scheme, CancellationToken ct = default) => access.OwnersOfAsync(caller, scheme, ct);
}
