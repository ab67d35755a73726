using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Redev.Store;

/// <summary>
/// Opens connections to one store with the settings durability needs, whichever the engine.
/// </summary>
/// <remarks>
/// SQLite runs in WAL mode with <c>synchronous=FULL</c> so that a committed transaction survives a
/// power cut, not only a process crash; PostgreSQL keeps its own durable defaults.
/// </remarks>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _pg;
    private readonly string? _sqlite;

    public StoreLocation Location { get; }
    public StoreKind Kind => Location.Kind;

    public Database(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
        if (location.Kind == StoreKind.Postgres)
        {
            var cs = new NpgsqlConnectionStringBuilder(location.Target);
            var keys = location.Target.Split(';').Select(part => part.Split('=')[0].Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant());
            if (!keys.Any(k => k is "MAXAUTOPREPARE" or "AUTOPREPAREMINUSAGES"))
            {
                // The ledger's writer sends the same few statements on every commit; prepared once
                // per connection, PostgreSQL stops parsing and planning them each time.
                cs.MaxAutoPrepare = 32;
                cs.AutoPrepareMinUsages = 2;
            }
            _pg = NpgsqlDataSource.Create(cs.ConnectionString);
        }
        else
        {
            var full = Path.GetFullPath(location.Target);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            _sqlite = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_pg is not null)
        {
            return await _pg.OpenConnectionAsync(ct);
        }
        var c = new SqliteConnection(_sqlite);
        await c.OpenAsync(ct);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536;";
        await cmd.ExecuteNonQueryAsync(ct);
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        if (_pg is not null)
        {
            await _pg.DisposeAsync();
        }
        if (_sqlite is not null)
        {
            // Pooled SQLite connections keep the file open; tests delete their files afterwards.
            SqliteConnection.ClearAllPools();
        }
    }
}
