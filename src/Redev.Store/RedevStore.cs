using Redev.Store.Ledger;
using Redev.Store.Schemes;

namespace Redev.Store;

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

    /// <summary>Sign-in users and API token hashes.</summary>
    public Accounts.UserStore Users { get; }

    /// <summary>Holders and the notary's links from register owners to them.</summary>
    public Holders.HolderStore Holders { get; }

    /// <summary>The figures of the policy a scheme did not choose, for owners' side-by-side previews.</summary>
    public Allocation.ComparisonTermsStore ComparisonTerms { get; }

    /// <summary>Markets uploaded for the cycle monitor.</summary>
    public Markets.MarketStore Markets { get; }

    /// <summary>The certifier's records of the building stage.</summary>
    public Building.BuildingStore Building { get; }

    /// <summary>The records of the completion stage: flats, the choice window, choices, dispositions, payouts, leases.</summary>
    public Completion.CompletionStore Completion { get; }
    /// <summary>The notary's signing of checkpoints: the one explicit way a checkpoint is made.</summary>
    public CheckpointSigner Checkpoints { get; }

    private RedevStore(Database database, StoreOptions options)
    {
        Database = database;
        Schemes = new SqlSchemeStore(database);
        Ledger = LedgerStore.Open(database, options.Clock, options.MaxOpsPerCommit, options.BalanceWrites);
        Journal = new LedgerReader(database);
        Users = new Accounts.UserStore(database);
        Holders = new Holders.HolderStore(database);
        ComparisonTerms = new Allocation.ComparisonTermsStore(database);
        Markets = new Markets.MarketStore(database);
        Building = new Building.BuildingStore(database);
        Completion = new Completion.CompletionStore(database);
        Checkpoints = new CheckpointSigner(database);
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and runs its migrations.</summary>
    /// <exception cref="StoreUnavailableException">The file is not a database, or PostgreSQL cannot be reached.</exception>
    public static Task<RedevStore> OpenAsync(StoreLocation location, CancellationToken ct = default) => OpenAsync(location, new StoreOptions(), ct);

    public static async Task<RedevStore> OpenAsync(StoreLocation location, StoreOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(options);
        // Checked before the Database is made, since making one creates the file's folder.
        if (options.MustExist && location.Kind == StoreKind.Sqlite && !File.Exists(Path.GetFullPath(location.Target)))
        {
            throw new StoreNotFoundException(location);
        }
        var db = new Database(location);
        try
        {
            await Migrations.ApplyAsync(db, ct: ct);
        }
        catch (Exception ex)
        {
            await db.DisposeAsync();
            if (StoreUnavailableException.From(location, ex) is { } unavailable)
            {
                throw unavailable;
            }
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
