using Redev.Schemes;
using Redev.Store;

namespace Redev.Cli;

/// <summary>Opens the store a command names and loads a scheme from it, with plain messages when absent.</summary>
public static class StoreAccess
{
    public static Task<RedevStore> OpenAsync(string? db, CancellationToken ct) => RedevStore.OpenAsync(StoreLocation.Parse(db), ct);

    /// <summary>
    /// Opens a store that must already exist, for commands that only read: a mistyped <c>--db</c>
    /// raises <see cref="StoreNotFoundException"/> instead of leaving an empty database (and its folder) behind.
    /// </summary>
    public static Task<RedevStore> OpenExistingAsync(string? db, CancellationToken ct) =>
        RedevStore.OpenAsync(StoreLocation.Parse(db), new StoreOptions(MustExist: true), ct);

    /// <summary>Runs <paramref name="change"/> on a stored scheme and saves it only if the change was accepted.</summary>
    public static async Task<int> ChangeAsync(CliIO io, string? db, SchemeId id, Func<Scheme, Refusal?> change, Action<Scheme> done, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(done);
        await using var store = await OpenAsync(db, ct);
        var scheme = await store.Schemes.GetAsync(id, ct);
        if (scheme is null)
        {
            return NotFound(io, id);
        }
        var version = scheme.Version;
        if (change(scheme) is { } refusal)
        {
            return io.Refuse(refusal);
        }
        await store.Schemes.SaveAsync(scheme, version, ct);
        done(scheme);
        return ExitCodes.Ok;
    }

    public static int NotFound(CliIO io, SchemeId id)
    {
        ArgumentNullException.ThrowIfNull(io);
        io.Err.WriteLine($"error: no scheme {id} in this store (see `redev scheme list`).");
        return ExitCodes.NotFound;
    }
}
