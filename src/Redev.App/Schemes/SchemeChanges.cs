using Redev.Schemes;
using Redev.Store;
using Redev.Store.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// Loads a scheme, applies one guarded domain method and saves it only if it was accepted. When someone
/// else saved the scheme in between, it reads it again and re-applies the change, so the rules are always
/// checked against the latest state — for the web and the command line alike.
/// </summary>
internal sealed class SchemeChanges(RedevStore store)
{
    private const int Attempts = 5;

    public async Task<Result<Scheme>> ChangeAsync(string? id, Func<Scheme, Refusal?> change, CancellationToken ct)
    {
        if (!SchemeId.TryParse(id, out var sid))
        {
            return AppRefusals.NoScheme(id ?? "");
        }
        return await ChangeAsync(sid, change, ct);
    }

    public async Task<Result<Scheme>> ChangeAsync(SchemeId id, Func<Scheme, Refusal?> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var scheme = await store.Schemes.GetAsync(id, ct);
            if (scheme is null)
            {
                return AppRefusals.NoScheme(id);
            }
            var version = scheme.Version;
            if (change(scheme) is { } refusal)
            {
                return refusal;
            }
            try
            {
                await store.Schemes.SaveAsync(scheme, version, ct);
                return Result<Scheme>.Done(scheme);
            }
            catch (ConcurrentChangeException) when (attempt < Attempts)
            {
                // Someone else saved first; go round again on the newer scheme.
            }
        }
    }

    public async Task<Result<Scheme>> GetAsync(string? id, CancellationToken ct) =>
        await SchemeLookup.FindAsync(store, id, ct) is { } s ? Result<Scheme>.Done(s) : AppRefusals.NoScheme(id ?? "");
}
