namespace Redev.Store;

/// <summary>
/// Raised when a store that must already exist (opened with <see cref="StoreOptions.MustExist"/>)
/// is not there, so that a mistyped path in a read-only command is reported instead of silently
/// becoming a new, empty database.
/// </summary>
public sealed class StoreNotFoundException(StoreLocation location)
    : Exception($"there is no store at {location.Target}; check --db (a read-only command does not create one)")
{
    public StoreLocation Location { get; } = location;
}
