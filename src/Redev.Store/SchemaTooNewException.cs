namespace Redev.Store;

/// <summary>The database was migrated by a newer build than this one: reading or writing it the old way could corrupt it.</summary>
public sealed class SchemaTooNewException(string message) : Exception(message);
