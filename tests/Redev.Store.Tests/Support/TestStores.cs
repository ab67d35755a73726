using Npgsql;
using Redev.Store;

namespace Redev.Store.Tests.Support;

/// <summary>
/// Fresh, empty stores for one test: a new SQLite file, or a new database on the PostgreSQL
/// server that ./test.sh starts (its connection string in REDEV_TEST_PG). Without that server the
/// PostgreSQL tests fail, loudly: a contract suite that silently ran on one engine would prove nothing.
/// </summary>
public static class TestStores
{
    public static readonly TheoryData<StoreKind> Kinds = new(StoreKind.Sqlite, StoreKind.Postgres);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("REDEV_TEST_PG") is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException("REDEV_TEST_PG is not set: run ./test.sh, which starts a throwaway PostgreSQL for the tests.");

    /// <summary>A location nobody has used yet.</summary>
    public static async Task<StoreLocation> FreshAsync(StoreKind kind)
    {
        if (kind == StoreKind.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "redev-tests");
            Directory.CreateDirectory(dir);
            return new StoreLocation(StoreKind.Sqlite, Path.Combine(dir, $"{Guid.NewGuid():N}.db"));
        }
        var name = $"t_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgresServer))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        return new StoreLocation(StoreKind.Postgres, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString);
    }

    public static async Task<RedevStore> OpenFreshAsync(StoreKind kind) => await RedevStore.OpenAsync(await FreshAsync(kind));
}
