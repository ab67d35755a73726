using Redev.App;
using Redev.Store;

namespace Redev.Cli;

/// <summary>
/// Opens the application layer on the store a command names (<c>--db</c>) and the notary key it uses
/// (<c>--notary-key</c>, read only when something is signed). Commands act as the store's operator
/// (<see cref="Caller.Operator"/>) and never reach the store except through the use cases.
/// </summary>
public static class StoreAccess
{
    public static Task<RedevApp> OpenAsync(CliIO io, string? db, CancellationToken ct, string? notaryKey = null)
    {
        ArgumentNullException.ThrowIfNull(io);
        return RedevApp.OpenAsync(StoreLocation.Parse(db), io.Clock, new AppOptions(), notaryKey, new StoreOptions(io.Clock), ct);
    }

    /// <summary>
    /// Opens a store that must already exist, for commands that only read: a mistyped <c>--db</c>
    /// raises <see cref="StoreNotFoundException"/> instead of leaving an empty database (and its folder) behind.
    /// </summary>
    public static Task<RedevApp> OpenExistingAsync(CliIO io, string? db, CancellationToken ct, string? notaryKey = null)
    {
        ArgumentNullException.ThrowIfNull(io);
        return RedevApp.OpenAsync(StoreLocation.Parse(db), io.Clock, new AppOptions(), notaryKey, new StoreOptions(io.Clock, MustExist: true), ct);
    }

    /// <summary>Prints a use case's refusal, or runs <paramref name="done"/> on its value, and returns the exit code.</summary>
    public static int Answer<T>(this CliIO io, Result<T> result, Action<T> done)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(done);
        if (!result.Succeeded)
        {
            return io.Refuse(result.Refusal);
        }
        done(result.Value);
        return ExitCodes.Ok;
    }
}
