using Redev.Store.Ledger;
using Redev.Store.Schemes;

namespace Redev.Store;

/// <summary>How a store runs.</summary>
/// <param name="Clock">The ledger's clock (tests step it past expiries).</param>
/// <param name="MaxOpsPerCommit">Group-commit limit; 1 writes every request in its own transaction.</param>
public sealed record StoreOptions(TimeProvider? Clock = null, int MaxOpsPerCommit = 4096, BalanceWrites? BalanceWrites = null);

/// <summary>
/// One opened store: its database, brought up to the current schema, and the repositories on it.
/// </summary>
public sealed class RedevStore : IAsyncDisposable
{
    public Database Database { get; }
    public ISchemeStore Schemes { get; }

    /// <summary>The ledger's single writer for this store.</summary>
    public LedgerStore Ledger { get; }

    /// <summary>Reads of the journal: entries, checkpoints, receipts.</summary>
    public LedgerReader Journal { get; }

    /// <summary>The notary's signing of checkpoints: the one explicit way a checkpoint is made.</summary>
    public CheckpointSigner Checkpoints { get; }

    private RedevStore(Database database, StoreOptions options)
    {
        Database = database;
        Schemes = new SqlSchemeStore(database);
        Ledger = LedgerStore.Open(database, options.Clock, options.MaxOpsPerCommit, options.BalanceWrites);
        Journal = new LedgerReader(database);
        Checkpoints = new CheckpointSigner(database);
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and runs its migrations.</summary>
    public static Task<RedevStore> OpenAsync(StoreLocation location, CancellationToken ct = default) => OpenAsync(location, new StoreOptions(), ct);

    public static async Task<RedevStore> OpenAsync(StoreLocation location, StoreOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
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
        return new RedevStore(db, options);
    }

    public async ValueTask DisposeAsync()
    {
        await Ledger.DisposeAsync();
        await Database.DisposeAsync();
    }
}
