using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>Raised when a scheme was changed by someone else since it was read.</summary>
public sealed class ConcurrentChangeException(SchemeId id)
    : Exception($"Scheme {id} was changed by someone else since it was read; read it again and retry.");
