namespace Redev.Store;

/// <summary>Where a store lives: a SQLite file path, or a PostgreSQL connection string.</summary>
public sealed record StoreLocation(StoreKind Kind, string Target)
{
    /// <summary>The file the CLI uses when no <c>--db</c> is given.</summary>
    public const string DefaultSqliteFile = "redev.db";

    /// <summary>
    /// Reads what a user typed after <c>--db</c>: anything that looks like a PostgreSQL connection
    /// string (<c>Host=...</c> or a <c>postgres://</c> URL) is PostgreSQL; everything else is a file.
    /// </summary>
    public static StoreLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            return new StoreLocation(StoreKind.Sqlite, DefaultSqliteFile);
        }
        var t = db.Trim();
        if (t.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(StoreKind.Postgres, FromUrl(new Uri(t)));
        }
        if (t.Contains("Host=", StringComparison.OrdinalIgnoreCase) || t.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(StoreKind.Postgres, t);
        }
        return new StoreLocation(StoreKind.Sqlite, t);
    }

    private static string FromUrl(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var b = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
        };
        if (userInfo[0].Length > 0)
        {
            b.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length > 1)
        {
            b.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        return b.ConnectionString;
    }

    public override string ToString() => Kind == StoreKind.Sqlite ? $"sqlite:{Target}" : "postgres";
}
