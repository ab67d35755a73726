using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>Raised when creating a scheme whose id is taken.</summary>
public sealed class DuplicateSchemeException(SchemeId id)
    : Exception($"A scheme with id {id} already exists.");
