namespace Redev.Store;

/// <summary>Which database engine a store runs on.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
