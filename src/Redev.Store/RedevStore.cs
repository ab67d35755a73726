using Redev.Store.Schemes;

namespace Redev.Store;

/// <summary>
/// One opened store: its database, brought up to the current schema, and the repositories on it.
/// </summary>
public sealed class RedevStore : IAsyncDisposable
{
    public Database Database { get; }
    public ISchemeStore Schemes { get; }

    private RedevStore(Database database)
    {
        Database = database;
        Schemes = new SqlSchemeStore(database);
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and runs its migrations.</summary>
    public static async Task<RedevStore> OpenAsync(StoreLocation location, CancellationToken ct = default)
    {
        var db = new Database(location);
        try
        {
            await Migrations.ApplyAsync(db, ct: ct);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
        return new RedevStore(db);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
