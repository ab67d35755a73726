using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Redev.Store;

/// <summary>
/// Raised when a store cannot be used at all: the file is not a SQLite database, or the PostgreSQL
/// server cannot be reached or refuses the connection. The message is one sentence a person can act
/// on; the engine's own error is kept as the inner exception.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>SQLite's result code for "file is not a database".</summary>
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// The typed form of <paramref name="ex"/> when it means the store is unusable, else null (a bug
    /// or a refusal keeps its own exception).
    /// </summary>
    public static StoreUnavailableException? From(StoreLocation location, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(ex);
        return ex switch
        {
            SqliteException { SqliteErrorCode: SqliteNotADatabase } =>
                new($"{location.Target} is not a Redev database (SQLite: file is not a database)", ex),
            SqliteException { SqliteErrorCode: 14 } => // SQLITE_CANTOPEN
                new($"{location.Target} cannot be opened as a database (SQLite: unable to open the file)", ex),
            PostgresException pg => new($"PostgreSQL at {Where(location)} refused the store: {pg.MessageText}", ex),
            NpgsqlException or SocketException => new($"PostgreSQL at {Where(location)} cannot be reached: {Innermost(ex).Message}", ex),
            _ => null,
        };
    }

    // Host and port only: the connection string may hold a password.
    private static string Where(StoreLocation location)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(location.Target);
            return $"{b.Host}:{b.Port}";
        }
        catch (ArgumentException)
        {
            return "the given connection string";
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }
        return ex;
    }
}
