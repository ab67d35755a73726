using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>
/// Where schemes live. Every write saves the whole aggregate in one transaction, so a scheme on
/// disk is always one that <see cref="Scheme"/>'s guarded methods produced.
/// </summary>
public interface ISchemeStore
{
    Task CreateAsync(Scheme scheme, CancellationToken ct = default);

    Task<Scheme?> GetAsync(SchemeId id, CancellationToken ct = default);

    Task<IReadOnlyList<SchemeSummary>> ListAsync(CancellationToken ct = default);

    /// <summary>Saves <paramref name="scheme"/> if the stored version is still <paramref name="readVersion"/>.</summary>
    /// <exception cref="ConcurrentChangeException">When it is not.</exception>
    Task SaveAsync(Scheme scheme, int readVersion, CancellationToken ct = default);
}
