using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>A scheme in a list: enough to choose one without loading its register.</summary>
public sealed record SchemeSummary(SchemeId Id, string Name, SchemeState State, int CompletionYear, DateTimeOffset CreatedAt, int Flats, int Owners, int Consents);

/// <summary>Raised when a scheme was changed by someone else since it was read.</summary>
public sealed class ConcurrentChangeException(SchemeId id)
    : Exception($"Scheme {id} was changed by someone else since it was read; read it again and retry.");

/// <summary>Raised when creating a scheme whose id is taken.</summary>
public sealed class DuplicateSchemeException(SchemeId id)
    : Exception($"A scheme with id {id} already exists.");

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
