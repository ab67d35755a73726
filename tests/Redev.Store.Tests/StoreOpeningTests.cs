using Redev.Store.Tests.Support;

namespace Redev.Store.Tests;

/// <summary>Opening a store that must exist, and stores that cannot be used at all, as typed errors.</summary>
public class StoreOpeningTests
{
    [Fact]
    public async Task A_missing_sqlite_store_that_must_exist_is_refused_and_nothing_is_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"redev-absent-{Guid.NewGuid():N}");
        var location = new StoreLocation(StoreKind.Sqlite, Path.Combine(folder, "redev.db"));

        var ex = await Assert.ThrowsAsync<StoreNotFoundException>(() => RedevStore.OpenAsync(location, new StoreOptions(MustExist: true)));

        Assert.Equal(location, ex.Location);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task An_existing_store_opens_when_it_must_exist()
    {
        var location = await TestStores.FreshAsync(StoreKind.Sqlite);
        await (await RedevStore.OpenAsync(location)).DisposeAsync();

        await using var store = await RedevStore.OpenAsync(location, new StoreOptions(MustExist: true));

        Assert.Empty(await store.Schemes.ListAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_a_store_unavailable_in_one_sentence()
    {
        var file = Path.Combine(Path.GetTempPath(), $"redev-text-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, string.Concat(Enumerable.Repeat("not a database at all\n", 100)));

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => RedevStore.OpenAsync(new StoreLocation(StoreKind.Sqlite, file)));

        Assert.Equal($"{file} is not a Redev database (SQLite: file is not a database)", ex.Message);
        Assert.Equal("not a database at all\n", (await File.ReadAllLinesAsync(file))[0] + "\n");
    }

    [Fact]
    public async Task An_unreachable_postgresql_is_a_store_unavailable_without_its_password()
    {
        var location = StoreLocation.Parse("Host=127.0.0.1;Port=1;Username=redev;Password=hunter2;Database=redev;Timeout=5");

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => RedevStore.OpenAsync(location));

        Assert.StartsWith("PostgreSQL at 127.0.0.1:1 cannot be reached: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }
}
