using Redev.Schemes;
using Redev.Store;

namespace Redev.App;

/// <summary>
/// Finds the scheme a command names. A malformed id and an unknown one are the same answer to a caller
/// (there is no such scheme), so every use case asks here and refuses with <see cref="AppRefusals.NoScheme(string)"/>.
/// </summary>
internal static class SchemeLookup
{
    public static async Task<Scheme?> FindAsync(RedevStore store, string? id, CancellationToken ct) =>
        SchemeId.TryParse(id, out var sid) ? await store.Schemes.GetAsync(sid, ct) : null;
}
